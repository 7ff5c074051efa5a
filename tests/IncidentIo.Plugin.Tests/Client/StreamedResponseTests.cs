using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Json;
using IncidentIo.Plugin.Models;
using IncidentIo.Plugin.Tests.Support;
using RestSharp;

namespace IncidentIo.Plugin.Tests.Client;

[TestFixture]
public sealed class StreamedResponseTests
{
    [Test]
    public void Writer_Utf8Success_ReadsTheModelWithoutATextCopy()
    {
        var response = Read<IncidentsShowResultV2>(HttpStatusCode.OK, IncidentBodies.Show);

        Assert.Multiple(() =>
        {
            Assert.That(response.Value!.Incident.Reference, Is.EqualTo("INC-123"));
            Assert.That(response.Problem, Is.Null);
            Assert.That(response.Warnings, Is.Empty);
            Assert.That(response.Content, Is.Null, "a 2xx body that reads is never copied to a string");
            Assert.That(response.RawBytes, Is.Null);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.IsSuccessStatusCode, Is.True);
            Assert.That(response.ResponseStatus, Is.EqualTo(ResponseStatus.Completed));
            Assert.That(response.ContentType, Is.EqualTo("application/json"));
        });
    }

    [Test]
    public void Writer_OptionalFieldOfAnotherType_LeftOutWithAWarningAtItsPointer()
    {
        var body = IncidentBodies.Show.Replace("\"permalink\":\"https://app.incident.io/incidents/123\"", "\"permalink\":42", StringComparison.Ordinal);

        var response = Read<IncidentsShowResultV2>(HttpStatusCode.OK, body);

        Assert.Multiple(() =>
        {
            Assert.That(response.Value!.Incident.Permalink, Is.Null);
            Assert.That(response.Value.Incident.Name, Is.EqualTo("Our database is sad"));
            Assert.That(response.Warnings.Single().Field, Is.EqualTo("/incident/permalink"));
        });
    }

    [Test]
    public void Writer_SuccessLackingWhatThePluginNeeds_KeepsTheProblemAndTheText()
    {
        var body = IncidentBodies.Show.Replace("\"reference\":\"INC-123\",", "", StringComparison.Ordinal);

        var response = Read<IncidentsShowResultV2>(HttpStatusCode.Created, body);

        Assert.Multiple(() =>
        {
            Assert.That(response.Problem, Is.TypeOf<LenientReadException>());
            Assert.That(((LenientReadException)response.Problem!).Field, Is.EqualTo("/incident/reference"));
            Assert.That(response.Content, Is.EqualTo(body), "a write that cannot be mapped keeps its body (WrittenIncident)");
        });
    }

    [Test]
    public void Writer_ErrorStatus_KeepsTheTextForTheErrorMapper()
    {
        const string Body = """{"type":"validation_error","status":422,"errors":[{"code":"invalid","message":"é is not allowed"}]}""";

        var response = Read<IncidentsShowResultV2>(HttpStatusCode.UnprocessableEntity, Body);

        Assert.Multiple(() =>
        {
            Assert.That(response.Content, Is.EqualTo(Body));
            Assert.That(response.Value, Is.Null);
            Assert.That(response.Problem, Is.Null);
            Assert.That(response.IsSuccessStatusCode, Is.False);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        });
    }

    [Test]
    public void Writer_AnyAnswer_IsARestResponseWithItsStatusLineAndContentHeaders()
    {
        var bytes = Encoding.UTF8.GetBytes(IncidentBodies.Show);
        using var message = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(bytes),
            ReasonPhrase = "Fine",
            Version = new Version(2, 0),
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://api.incident.io/v2/incidents/x"),
        };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

        var response = StreamedResponse<IncidentsShowResultV2>.Writer(message, new RestRequest("/v2/incidents/x"));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.StatusDescription, Is.EqualTo("Fine"));
            Assert.That(response.IsSuccessStatusCode, Is.True);
            Assert.That(response.ResponseStatus, Is.EqualTo(ResponseStatus.Completed));
            Assert.That(response.ContentType, Is.EqualTo("application/json"));
            Assert.That(response.ContentLength, Is.EqualTo(bytes.Length));
            Assert.That(response.ResponseUri, Is.EqualTo(new Uri("https://api.incident.io/v2/incidents/x")));
            Assert.That(response.Version, Is.EqualTo(new Version(2, 0)));
        });
    }

    [Test]
    public void Writer_DeclaredLatin1Charset_IsDecodedBeforeReading()
    {
        var bytes = Encoding.Latin1.GetBytes("""{"severities":[{"id":"S1","name":"Mineur é","description":"","rank":1,"created_at":"2021-08-17T13:28:57Z","updated_at":"2021-08-17T13:28:57Z"}]}""");

        var response = Read<SeveritiesListResultV1>(HttpStatusCode.OK, bytes, "application/json; charset=iso-8859-1");

        Assert.That(response.Value!.Severities.Single().Name, Is.EqualTo("Mineur é"));
    }

    // Sent in the encoding the charset names, or in UTF-8 when the charset names none it knows.
    [TestCase("application/json; charset=\"iso-8859-1\"", "iso-8859-1", TestName = "Writer_QuotedCharset_IsDecodedBeforeReading")]
    [TestCase("application/json; charset=ISO-8859-1", "iso-8859-1", TestName = "Writer_CharsetInCapitals_IsDecodedBeforeReading")]
    [TestCase("application/json; charset=no-such-charset", "utf-8", TestName = "Writer_UnknownCharset_ReadAsUtf8")]
    [TestCase("application/json; charset=\"\"", "utf-8", TestName = "Writer_EmptyCharset_ReadAsUtf8")]
    public void Writer_CharsetWrittenOtherwise_ReadInTheEncodingItNames(string contentType, string sentIn)
    {
        var bytes = Encoding.GetEncoding(sentIn).GetBytes("""{"severities":[{"id":"S1","name":"Mineur é"}]}""");

        var response = Read<SeveritiesListResultV1>(HttpStatusCode.OK, bytes, contentType);

        Assert.That(response.Value!.Severities.Single().Name, Is.EqualTo("Mineur é"));
    }

    [Test]
    public void Writer_ErrorStatusInADeclaredCharset_KeepsTheDecodedText()
    {
        var bytes = Encoding.Latin1.GetBytes("""{"type":"validation_error","errors":[{"message":"é"}]}""");

        var response = Read<SeveritiesListResultV1>(HttpStatusCode.UnprocessableEntity, bytes, "application/json; charset=iso-8859-1");

        Assert.That(response.Content, Is.EqualTo("""{"type":"validation_error","errors":[{"message":"é"}]}"""));
    }

    // RestSharp's reading too lets a byte order mark name the encoding (StreamReader's default).
    [Test]
    public void Writer_ErrorStatusInUtf16WithByteOrderMark_KeepsTheDecodedText()
    {
        const string Body = """{"type":"validation_error","errors":[{"message":"é"}]}""";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Body)).ToArray();

        var response = Read<SeveritiesListResultV1>(HttpStatusCode.UnprocessableEntity, bytes, "application/json");

        Assert.That(response.Content, Is.EqualTo(Body));
    }

    // JSON exchanged between systems is UTF-8 (RFC 8259, 8.1): a 2xx body in another encoding that no charset declares is
    // not read as a model, but keeps its text, as for any body that cannot be read.
    [Test]
    public void Writer_SuccessInUtf16WithoutCharset_KeepsTheProblemAndTheDecodedText()
    {
        const string Body = """{"severities":[]}""";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Body)).ToArray();

        var response = Read<SeveritiesListResultV1>(HttpStatusCode.OK, bytes, "application/json");

        Assert.Multiple(() =>
        {
            Assert.That(response.Problem, Is.Not.Null);
            Assert.That(response.Value, Is.Null);
            Assert.That(response.Content, Is.EqualTo(Body));
        });
    }

    [Test]
    public void Writer_SuccessInADeclaredCharsetLackingWhatThePluginNeeds_KeepsTheProblemAndTheDecodedText()
    {
        var body = IncidentBodies.Show.Replace("\"reference\":\"INC-123\",", "", StringComparison.Ordinal).Replace("Our database is sad", "Notre base est triste à mourir", StringComparison.Ordinal);

        var response = Read<IncidentsShowResultV2>(HttpStatusCode.OK, Encoding.Latin1.GetBytes(body), "application/json; charset=iso-8859-1");

        Assert.Multiple(() =>
        {
            Assert.That(((LenientReadException)response.Problem!).Field, Is.EqualTo("/incident/reference"));
            Assert.That(response.Content, Does.Contain("triste à mourir").And.EqualTo(body), "the body is read as text twice: once for the model, once to keep it");
        });
    }

    [Test]
    public void Writer_Utf8ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(IncidentBodies.Show)).ToArray();

        var response = Read<IncidentsShowResultV2>(HttpStatusCode.OK, bytes, "application/json");

        Assert.That(response.Value!.Incident.Id, Is.EqualTo(IncidentBodies.Id));
    }

    [TestCase("")]
    [TestCase(" \n ")]
    public void Writer_BlankSuccessBody_ReadsAsJsonNull(string body)
    {
        var response = Read<JsonElement>(HttpStatusCode.Accepted, body);

        Assert.Multiple(() =>
        {
            Assert.That(response.Problem, Is.Null);
            Assert.That(response.Value.ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public void Find_StreamedResponse_FirstValueOfTheHeaderWhateverItsCase()
    {
        var response = Read<JsonElement>(HttpStatusCode.TooManyRequests, "{}", headers: [("x-request-id", "req-1"), ("Retry-After", "3")]);

        Assert.Multiple(() =>
        {
            Assert.That(ResponseHeaders.Find(response, ResponseHeaders.RequestId), Is.EqualTo("req-1"));
            Assert.That(ResponseHeaders.Find(response, "retry-after"), Is.EqualTo("3"));
            Assert.That(ResponseHeaders.Find(response, "Location"), Is.Null);
        });
    }

    private static StreamedResponse<T> Read<T>(HttpStatusCode status, string body, params (string Name, string Value)[] headers) =>
        Read<T>(status, Encoding.UTF8.GetBytes(body), "application/json", headers);

    private static StreamedResponse<T> Read<T>(HttpStatusCode status, byte[] body, string contentType, params (string Name, string Value)[] headers)
    {
        using var message = new HttpResponseMessage(status) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        foreach (var (name, value) in headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return (StreamedResponse<T>)StreamedResponse<T>.Writer(message, new RestRequest("/v2/incidents/x"));
    }
}
