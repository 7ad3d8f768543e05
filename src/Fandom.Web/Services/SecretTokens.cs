using System.Security.Cryptography;
using System.Text;

namespace Fandom.Web.Services;

/// <summary>
/// Tokens for links that grant something (a draft preview, choosing a password): 256 random bits, URL-safe. Only
/// the SHA-256 hash is stored, so a leaked database reveals no working link.
/// </summary>
public static class SecretTokens
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
