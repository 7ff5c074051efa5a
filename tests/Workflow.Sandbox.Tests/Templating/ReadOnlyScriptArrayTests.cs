using System.Collections;
using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

public class ReadOnlyScriptArrayTests
{
    private static readonly long[] Original = [1L, 2L];

    [Test]
    public void ExplicitIListWrites_Throw()
    {
        IList list = new ReadOnlyScriptArray(Original.Cast<object?>());

        Assert.Multiple(() =>
        {
            Assert.That(() => list[0] = 5L, Throws.InvalidOperationException);
            Assert.That(() => list.Add(3L), Throws.InvalidOperationException);
            Assert.That(() => list.Insert(0, 3L), Throws.InvalidOperationException);
            Assert.That(() => list.Remove(1L), Throws.InvalidOperationException);
            Assert.That(() => list.RemoveAt(0), Throws.InvalidOperationException);
            Assert.That(() => list.Clear(), Throws.InvalidOperationException);
            Assert.That(list, Is.EqualTo(Original));
        });
    }

    [Test]
    public void ExplicitIListAdd_MadeWritable_ReturnsTheNewIndex()
    {
        IList list = new ReadOnlyScriptArray(Original.Cast<object?>()) { IsReadOnly = false };

        Assert.That(list.Add(3L), Is.EqualTo(2));
    }
}
