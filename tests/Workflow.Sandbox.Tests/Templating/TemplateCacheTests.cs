using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

public class TemplateCacheTests
{
    [Test]
    public void GetOrParse_SameText_ReturnsSameInstance()
    {
        var cache = new TemplateCache(10);

        var first = cache.GetOrParse("{{ a }}");

        Assert.That(cache.GetOrParse("{{ a }}"), Is.SameAs(first));
    }

    [Test]
    public void GetOrParse_BeyondCapacity_StaysBounded()
    {
        var cache = new TemplateCache(3);

        for (var i = 0; i < 10; i++)
            cache.GetOrParse($"{{{{ {i} }}}}");

        Assert.That(cache.Count, Is.LessThanOrEqualTo(3));
    }

    [Test]
    public void GetOrParse_AtCapacity_StartsOverWithTheNewTemplate()
    {
        var cache = new TemplateCache(2);
        cache.GetOrParse("{{ 1 }}");
        cache.GetOrParse("{{ 2 }}");

        cache.GetOrParse("{{ 3 }}");

        Assert.That(cache.Count, Is.EqualTo(1));
    }
}
