using System.Text;

namespace Workflow.Abstractions;

/// <summary>
/// Builds RFC 6901 JSON Pointers (<c>/custom_field_entries/0/value_text</c>), the one way plugins and hosts name a
/// field in <see cref="ActionErrorDetail.Field"/> and <see cref="ActionResult.Warnings"/>. Kept here, in the contract
/// both sides share, so that no plugin or host writes its own escaping (<c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).
/// </summary>
public static class JsonPointers
{
    /// <summary><paramref name="parent"/> (e.g. <c>""</c> or <c>/a</c>) with one more reference token, escaped.</summary>
    /// <param name="parent">A JSON Pointer; <c>""</c> is the whole document.</param>
    /// <param name="token">A property name or an array index, unescaped.</param>
    public static string Append(string parent, string token)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(token);
        return parent + "/" + token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    /// <summary>The pointer made of <paramref name="tokens"/> in order (<c>""</c> for none).</summary>
    public static string From(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Aggregate(string.Empty, Append);
    }

    /// <summary>The reference tokens of <paramref name="jsonPointer"/>, unescaped; empty for <c>""</c>.</summary>
    /// <exception cref="FormatException">It is neither <c>""</c> nor starts with <c>/</c>.</exception>
    public static IReadOnlyList<string> Tokens(string jsonPointer)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        if (jsonPointer.Length == 0)
        {
            return [];
        }

        if (jsonPointer[0] != '/')
        {
            throw new FormatException($"'{jsonPointer}' is not a JSON Pointer: it must be empty or start with '/'.");
        }

        return [.. jsonPointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];
    }

    /// <summary>
    /// The pointer for a dotted, indexed field path as incident.io (<c>custom_field_entries[0].values[0].value_option_id</c>)
    /// and System.Text.Json (<c>$.incident['a.b'][2]</c>) write them; <c>$</c> is the root. Null for an empty or blank path,
    /// which names no field.
    /// </summary>
    /// <param name="path">The path; a name with dots or brackets is written <c>['…']</c>.</param>
    public static string? FromPath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var tokens = new List<string>();
        var token = new StringBuilder();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '.' || c == '[')
            {
                Flush(tokens, token);
                if (c == '[')
                {
                    i = ReadBracket(path, i, tokens);
                    continue;
                }
            }
            else
            {
                token.Append(c);
            }

            i++;
        }

        Flush(tokens, token);
        return From(tokens);
    }

    // [0] or ['name'] (a quote inside is doubled or backslash-escaped); returns the index after the closing bracket.
    private static int ReadBracket(string path, int open, List<string> tokens)
    {
        var i = open + 1;
        if (i < path.Length && path[i] == '\'')
        {
            var name = new StringBuilder();
            for (i++; i < path.Length && !(path[i] == '\'' && (i + 1 >= path.Length || path[i + 1] == ']')); i++)
            {
                name.Append(path[i] == '\\' && i + 1 < path.Length ? path[++i] : path[i]);
            }

            tokens.Add(name.ToString());
            return Math.Min(path.Length, i + 2);
        }

        var close = path.IndexOf(']', i);
        close = close < 0 ? path.Length : close;
        tokens.Add(path[i..close]);
        return close + 1;
    }

    private static void Flush(List<string> tokens, StringBuilder token)
    {
        if (token.Length > 0)
        {
            tokens.Add(token.ToString());
            token.Clear();
        }
    }
}
