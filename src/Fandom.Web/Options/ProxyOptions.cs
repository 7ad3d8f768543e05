using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Fandom.Web.Options;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> headers are believed. None by
/// default: a request's own connection then decides its client address and scheme, and the headers are ignored.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Fandom:Proxy";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.2</c> or <c>::1</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/8</c> or <c>fd00::/8</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<IPAddress> Proxies => KnownProxies.Select(IPAddress.Parse);

    public IEnumerable<IPNetwork> Networks => KnownNetworks.Select(n => IPNetwork.Parse(n));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new ValidationResult($"{Section}:KnownProxies: \"{proxy}\" is not an IP address.", [nameof(KnownProxies)]);
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
            yield return new ValidationResult($"{Section}:KnownNetworks: \"{network}\" is not a network such as 10.0.0.0/8.", [nameof(KnownNetworks)]);
    }
}
