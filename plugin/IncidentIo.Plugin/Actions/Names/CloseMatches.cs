namespace IncidentIo.Plugin.Actions.Names;

/// <summary>The known names closest to a name that matched none: same letters ignoring case, containment, or a small edit distance.</summary>
internal static class CloseMatches
{
    /// <summary>Up to <paramref name="limit"/> of <paramref name="known"/>, closest first.</summary>
    public static IReadOnlyList<string> For(string given, IEnumerable<string> known, int limit = 3)
    {
        var wanted = given.Trim().ToUpperInvariant();
        return known.Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Score: Score(wanted, name.ToUpperInvariant())))
            .Where(c => c.Score <= Math.Max(2, wanted.Length / 3))
            .OrderBy(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(limit).Select(c => c.Name).ToList();
    }

    /// <summary>"; did you mean …?" for a message, or a list of what exists when nothing is close.</summary>
    public static string Hint(string given, IReadOnlyCollection<string> known)
    {
        var close = For(given, known);
        return close.Count > 0
            ? $"; did you mean {string.Join(" or ", close.Select(c => $"\"{c}\""))}?"
            : known.Count == 0 ? "; there are none" : $"; known: {string.Join(", ", known.Take(10).Select(k => $"\"{k}\""))}{(known.Count > 10 ? $" and {known.Count - 10} more" : "")}";
    }

    // 0 when equal ignoring case, 1 when one contains the other, else the Levenshtein distance.
    private static int Score(string a, string b) =>
        a == b ? 0 : a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)) ? 1 : Distance(a, b);

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
