using Workflow.Abstractions;

namespace Workflow.Hosting.Validation;

/// <summary>Reading the JSON Pointers (RFC 6901) problems carry; escaping is the contract's <see cref="JsonPointers"/>, the one place for it.</summary>
internal static class Pointers
{
    /// <summary><paramref name="pointer"/> extended by the member <paramref name="name"/> (escaped).</summary>
    public static string Child(string pointer, string name) => JsonPointers.Append(pointer, name);

    /// <summary>The last reference token of <paramref name="pointer"/>, unescaped; "" for the root.</summary>
    public static string LastSegment(string pointer) => JsonPointers.Tokens(pointer) is [.., var last] ? last : "";

    /// <summary>True when <paramref name="pointer"/> names something strictly inside <paramref name="parent"/>.</summary>
    public static bool IsBelow(string pointer, string parent) => pointer.StartsWith(parent + "/", StringComparison.Ordinal);

    /// <summary>The pointer of the value that holds <paramref name="pointer"/>; "" for the root.</summary>
    public static string Parent(string pointer) => pointer[..Math.Max(0, pointer.LastIndexOf('/'))];

    /// <summary>The pointer of <paramref name="problem"/>'s value; "" (the root) when it has none.</summary>
    // ErrorSelection gives every problem it chooses its value's pointer; an absent one would stand for the root, as "" does.
    // Stryker disable once String : unreachable (every chosen problem has a pointer)
    public static string Of(ActionErrorDetail problem) => problem.Field ?? "";

    /// <summary>A problem's pointer as people read it: <c>(root)</c> for the whole document (an empty or absent pointer).</summary>
    public static string Display(string? pointer) => string.IsNullOrEmpty(pointer) ? "(root)" : pointer;
}
