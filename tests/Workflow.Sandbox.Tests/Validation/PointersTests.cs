using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Validation;

/// <summary>Reading the JSON Pointers problems carry: inside, parent, last token and the root's display name.</summary>
public class PointersTests
{
    [TestCase("/a/b", "/a", true)]
    [TestCase("/a", "", true)]
    [TestCase("/a", "/a", false)]
    [TestCase("/ab", "/a", false)]
    [TestCase("/a", "/a/b", false)]
    [TestCase("", "", false)]
    public void IsBelow_PointerAndParent_TrueOnlyStrictlyInside(string location, string parent, bool below)
    {
        Assert.That(Pointers.IsBelow(location, parent), Is.EqualTo(below));
    }

    [TestCase("/a/b", "/a")]
    [TestCase("/a", "")]
    [TestCase("", "")]
    [TestCase("/a~1b/c", "/a~1b")]
    public void Parent_Pointer_PointerOfTheHolder(string location, string parent)
    {
        Assert.That(Pointers.Parent(location), Is.EqualTo(parent));
    }

    [TestCase("/a/b~1c~0d", "b/c~d")]
    [TestCase("/0", "0")]
    [TestCase("", "")]
    public void LastSegment_Pointer_LastTokenUnescaped(string location, string last)
    {
        Assert.That(Pointers.LastSegment(location), Is.EqualTo(last));
    }

    [Test]
    public void Child_NameWithSlashAndTilde_Escaped()
    {
        Assert.That(Pointers.Child("/a", "b/c~d"), Is.EqualTo("/a/b~1c~0d"));
    }

    [TestCase(null, "(root)")]
    [TestCase("", "(root)")]
    [TestCase("/name", "/name")]
    public void Display_Pointer_RootNamedInWords(string? location, string shown)
    {
        Assert.That(Pointers.Display(location), Is.EqualTo(shown));
    }
}
