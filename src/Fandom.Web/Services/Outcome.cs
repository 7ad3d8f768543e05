namespace Fandom.Web.Services;

/// <summary>
/// What a service command came to: done, or refused with a code saying why (an enum beside the service, one member per
/// reason). Services never phrase a refusal: the controller or view chooses the words. <see cref="Detail"/> carries
/// what only the service knows and the words may need: the address a name makes, Identity's own error text.
/// </summary>
public readonly record struct Outcome<TError>(TError? Error, string? Detail = null) where TError : struct, Enum
{
    public static Outcome<TError> Done => default;

    public bool Succeeded => Error is null;

    public static implicit operator Outcome<TError>(TError error) => new(error);
}

/// <summary>The same for a command that makes something: <see cref="Value"/> (the new id) when done.</summary>
public readonly record struct Outcome<TValue, TError>(TValue? Value, TError? Error, string? Detail = null) where TError : struct, Enum
{
    public bool Succeeded => Error is null;

    public static Outcome<TValue, TError> Done(TValue value) => new(value, null);

    public static implicit operator Outcome<TValue, TError>(TError error) => new(default, error);

    public static implicit operator Outcome<TValue, TError>(Outcome<TError> refused) => new(default, refused.Error, refused.Detail);
}
