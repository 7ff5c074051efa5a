using IncidentIo.Plugin.Client;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Client;

[TestFixture]
public sealed class ApiResponseTests
{
    private static readonly ActionError Error = new()
    {
        Code = ActionErrorCodes.InvalidResponse,
        Message = "m",
        HttpStatus = 201,
        RequestId = "req-9",
        HttpAttempts = 2,
    };

    [Test]
    public void Success_WithoutWarnings_HasAnEmptyListNotNull()
    {
        var response = ApiResponse<string>.Success("ok", 200, "req-1", 1);

        Assert.Multiple(() =>
        {
            Assert.That(response.Warnings, Is.Not.Null.And.Empty);
            Assert.That((response.IsSuccess, response.Value, response.HttpStatus, response.RequestId, response.Attempts), Is.EqualTo((true, "ok", (int?)200, "req-1", 1)));
        });
    }

    [Test]
    public void ToActionResult_Success_IsTheOutputWithTheWarnings()
    {
        var warning = new ActionErrorDetail("/a", "left out: a null item", "unreadable");

        var result = ApiResponse<string>.Success("ok", 200, null, 1, [warning]).ToActionResult(v => new { value = v });

        Assert.Multiple(() =>
        {
            Assert.That(result.Output!.Value.GetRawText(), Is.EqualTo("""{"value":"ok"}"""));
            Assert.That(result.Warnings, Is.EqualTo(new[] { warning }));
        });
    }

    [Test]
    public void Unreadable_KeepsTheBodyAndTheErrorsStatusRequestIdAndAttempts()
    {
        var response = ApiResponse<string>.Unreadable(Error, "{\"incident\":{}}");

        Assert.That(
            (response.IsSuccess, response.Value, response.UnreadBody, response.HttpStatus, response.RequestId, response.Attempts, response.Error),
            Is.EqualTo((false, (string?)null, "{\"incident\":{}}", (int?)201, "req-9", 2, Error)));
    }

    [Test]
    public void Failure_WithoutABody_KeepsNoneAndTheResultIsTheError()
    {
        var response = ApiResponse<string>.Failure(Error);

        Assert.Multiple(() =>
        {
            Assert.That((response.UnreadBody, response.HttpStatus, response.RequestId, response.Attempts), Is.EqualTo(((string?)null, (int?)201, "req-9", 2)));
            Assert.That(response.ToActionResult(v => v).Error, Is.SameAs(Error));
        });
    }
}
