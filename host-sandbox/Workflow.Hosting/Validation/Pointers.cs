namespace Workflow.Hosting.Validation;

/// <summary>JSON Pointer (RFC 6901) helpers for building and reading the pointers problems carry.</summary>
internal static class Pointers
{
    /// <summary><paramref name="pointer"/> extended by the member <paramref name="name"/> (escaped).</summary>
    public static string Child(string pointer, string name) =>
        $"{pointer}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    /// <summary>The last reference token of <paramref name="pointer"/>, unescaped; "" for the root.</summary>
    public static string LastSegment(string pointer) =>
        pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    /// <summary>True when <paramref name="pointer"/> names something strictly inside <paramref name="parent"/>.</summary>
    public static bool IsBelow(string pointer, string parent) =>
        pointer.Length > parent.Length && pointer.StartsWith(parent + "/", StringComparison.Ordinal);

    /// <summary>The pointer of the value that holds <paramref name="pointer"/>; "" for the root.</summary>
    public static string Parent(string pointer) => pointer[..Math.Max(0, pointer.LastIndexOf('/'))];
}
