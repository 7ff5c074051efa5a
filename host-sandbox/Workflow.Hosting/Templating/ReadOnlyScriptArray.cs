using System.Collections;
using Scriban.Runtime;

namespace Workflow.Hosting.Templating;

/// <summary>
/// A <see cref="ScriptArray"/> whose read-only flag is honoured everywhere: Scriban 7.5.3 checks it on the
/// public members but not on the explicit <see cref="IList"/> ones it uses for <c>a[0] = x</c>.
/// </summary>
internal sealed class ReadOnlyScriptArray : ScriptArray, IList
{
    public ReadOnlyScriptArray(IEnumerable<object?> items)
        : base(items.ToList())
    {
        IsReadOnly = true;
    }

    object? IList.this[int index]
    {
        get => this[index];
        set => this[index] = value!;
    }

    int IList.Add(object? value)
    {
        Add(value!);
        return Count - 1;
    }

    void IList.Insert(int index, object? value) => Insert(index, value!);

    void IList.Remove(object? value) => Remove(value!);
}
