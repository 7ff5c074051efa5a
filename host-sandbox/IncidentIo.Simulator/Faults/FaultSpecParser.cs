using System.Globalization;

namespace IncidentIo.Simulator.Faults;

/// <summary>Turns "key=value,key=value" into a <see cref="FaultSpec"/>, collecting every error before failing.</summary>
internal static class FaultSpecParser
{
    public static FaultSpec Parse(string? text)
    {
        var spec = FaultSpec.None;
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "none")
        {
            return spec;
        }

        var errors = new List<string>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var value = pair.Length == 2 ? pair[1] : "";
            spec = pair[0].ToLowerInvariant() switch
            {
                "latency" => spec with { Latency = Duration(pair[0], value, errors) },
                "stall" => spec with { Stall = Rate(pair[0], value, errors) },
                "stall_for" => spec with { StallFor = Duration(pair[0], value, errors) },
                "rate429" => spec with { Rate429 = Rate(pair[0], value, errors) },
                "rate5xx" => spec with { Rate5xx = Rate(pair[0], value, errors) },
                "commit_then_fail" => spec with { CommitThenFail = Rate(pair[0], value, errors) },
                "drop" => spec with { Drop = Rate(pair[0], value, errors) },
                "seed" => spec with { Seed = Seed(value, errors) },
                _ => Unknown(spec, pair[0], errors),
            };
        }

        if (spec.Rate429 + spec.Rate5xx + spec.CommitThenFail + spec.Drop + spec.Stall > 1)
        {
            errors.Add("the rates add up to more than 1");
        }

        return errors.Count == 0
            ? spec
            : throw new FormatException($"Invalid fault spec '{text}': {string.Join("; ", errors)}. Keys: latency, rate429, rate5xx, commit_then_fail, drop, stall, stall_for, seed.");
    }

    private static TimeSpan Duration(string key, string value, List<string> errors)
    {
        var (number, unit) = value.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (value[..^2], 1.0)
            : value.EndsWith('s') ? (value[..^1], 1000.0)
            : (value, 1.0);
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            return TimeSpan.FromMilliseconds(amount * unit);
        }

        errors.Add($"{key} '{value}' is not a duration like 50ms or 1s");
        return TimeSpan.Zero;
    }

    private static double Rate(string key, string value, List<string> errors)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1)
        {
            return rate;
        }

        errors.Add($"{key} '{value}' is not a probability between 0 and 1");
        return 0;
    }

    private static int? Seed(string value, List<string> errors)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        errors.Add($"seed '{value}' is not an integer");
        return null;
    }

    private static FaultSpec Unknown(FaultSpec spec, string key, List<string> errors)
    {
        errors.Add($"unknown key '{key}'");
        return spec;
    }
}
