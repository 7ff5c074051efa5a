namespace Workflow.Abstractions;

/// <summary>One problem with one field.</summary>
/// <param name="Field">The field, as a JSON Pointer (<see cref="JsonPointers"/>): into the input (<c>/severity_id</c>), the remote
/// service's request body, or the output for a warning; <c>""</c> is the whole document. Null when the problem is about no one field.</param>
/// <param name="Message">What is wrong with it.</param>
/// <param name="Code">A machine code for the problem, e.g. <c>is_required</c>, when one is known.</param>
public sealed record ActionErrorDetail(string? Field, string Message, string? Code = null);
