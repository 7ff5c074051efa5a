namespace Workflow.Abstractions;

/// <summary>One problem with one field.</summary>
/// <param name="Field">The field: a JSON Pointer into the input (<c>/severity_id</c>) or the remote service's field path.</param>
/// <param name="Message">What is wrong with it.</param>
/// <param name="Code">A machine code for the problem, e.g. <c>is_required</c>, when one is known.</param>
public sealed record ActionErrorDetail(string Field, string Message, string? Code = null);
