using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Workflow.Sandbox.Serving;

/// <summary>The page (Serving/wwwroot), embedded in the host's assembly so the web app needs no files beside it.</summary>
internal static class StaticAssets
{
    private const string ResourcePrefix = "Workflow.Sandbox.Serving.wwwroot";

    // Only this app's own scripts and styles; nothing inline, nothing from elsewhere.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void Use(WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(StaticAssets).Assembly, ResourcePrefix);
        app.Use(async (context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.CacheControl = "no-store";
            await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
    }

    /// <summary>The names of the embedded files (for tests).</summary>
    public static IEnumerable<string> Names() =>
        new EmbeddedFileProvider(typeof(StaticAssets).Assembly, ResourcePrefix).GetDirectoryContents("").Select(f => f.Name);
}
