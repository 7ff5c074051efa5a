namespace Workflow.Abstractions;

/// <summary>
/// A secret that does not print itself: <see cref="ToString"/> is masked, so passing it to a logger,
/// an exception message or string interpolation by mistake leaks nothing. Call <see cref="Reveal"/>
/// only where the value goes on the wire.
/// </summary>
public sealed class SecretValue
{
    /// <summary>What every secret prints as.</summary>
    public const string Mask = "********";

    private readonly string _value;

    /// <summary>Wraps a secret value.</summary>
    public SecretValue(string value) => _value = value;

    /// <summary>True when the secret is empty or only white space.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(_value);

    /// <summary>The real value, for the one place that sends it.</summary>
    public string Reveal() => _value;

    /// <inheritdoc />
    public override string ToString() => Mask;
}
