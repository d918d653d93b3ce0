using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AutoMeet.Samples.Tests.Web;

public sealed class ProspectImportEndpointTests(SampleWebFactory factory) : IClassFixture<SampleWebFactory>
{
    private readonly string _owner = "importer-" + Guid.NewGuid().ToString("N");

    private static MultipartFormDataContent Form(byte[] file, string field = "file")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { content, field, "prospects.csv" } };
    }

    private static MultipartFormDataContent Form(string csv) => Form(Encoding.UTF8.GetBytes(csv));

    [Fact]
    public async Task Import_Multipart_ImportsValidRowsAndReportsRowErrorsWithLines()
    {
        using var client = factory.CreateClientFor(_owner);
        const string csv = "Email,First Name,Last Name,Plan\n" +
                           "ada@example.com,Ada,Lovelace,pro\n" +
                           "bob@@x,Bob,,free\n" +
                           "grace@example.com,Grace,Hopper,\"navy\nreserve\"\n" +
                           "ADA@example.com,Ada,Again,\n" +
                           "linus@example.com,,Torvalds,\n";

        var response = await client.PostAsync("/api/prospects/import", Form(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, json.GetProperty("imported").GetInt32());
        Assert.Equal(5, json.GetProperty("rows").GetInt32());
        var errors = json.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString(), e.GetProperty("message").GetString()))
            .ToList();
        Assert.Equal(
            [
                (3, "email", "'bob@@x' is not a valid e-mail address: the local part has a character ('@') that is only allowed inside a quoted local part."),
                (6, "email", "'ada@example.com' is a duplicate of line 2."),
                (7, "firstName", "is required."),
            ],
            errors);
        Assert.Equal((0, 2), await factory.CountAsync(_owner));

        var list = await client.GetFromJsonAsync<JsonElement>("/api/prospects");
        var ada = list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("email").GetString() == "ada@example.com");
        Assert.Equal("pro", ada.GetProperty("customFields").GetProperty("Plan").GetString());
    }

    [Fact]
    public async Task Import_TextCsvBodyTwice_SecondReportsExistingEmails()
    {
        using var client = factory.CreateClientFor(_owner);
        var csv = "email,firstName\r\nnew1@example.com,N\r\nnew2@example.com,M\r\n";

        var first = await client.PostAsync("/api/prospects/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var second = await client.PostAsync("/api/prospects/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var json = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, json.GetProperty("imported").GetInt32());
        Assert.Equal([2, 3], json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()));
        Assert.All(json.GetProperty("errors").EnumerateArray(), e => Assert.EndsWith("already exists.", e.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Equal((0, 2), await factory.CountAsync(_owner));
    }

    [Fact]
    public async Task Import_MissingRequiredColumn_Returns400ProblemAndImportsNothing()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsync("/api/prospects/import", Form("email,lastName\na@example.com,A\n"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("'firstName'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, problem.GetProperty("line").GetInt32());
        Assert.Equal((0, 0), await factory.CountAsync(_owner));
    }

    [Fact]
    public async Task Import_MalformedCsv_Returns400ProblemNamingLineAndImportsNothing()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsync("/api/prospects/import", Form("email,firstName\nok@example.com,A\nbad@example.com,B,extra\n"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.Equal((0, 0), await factory.CountAsync(_owner));
    }

    [Fact]
    public async Task Import_GarbageBinaryFile_Returns400ProblemAndImportsNothing()
    {
        using var client = factory.CreateClientFor(_owner);
        var garbage = new byte[4096];
        new Random(42).NextBytes(garbage);

        var response = await client.PostAsync("/api/prospects/import", Form(garbage));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal((0, 0), await factory.CountAsync(_owner));
    }

    [Fact]
    public async Task Import_EmptyFile_Returns400Problem()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsync("/api/prospects/import", Form([]));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("empty", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NoFileField_ReturnsProblemNamingFile()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsync("/api/prospects/import", Form(Encoding.UTF8.GetBytes("email,firstName\n"), field: "upload"));

        await ProblemAssert.IsValidationProblemAsync(response, "file");
    }

    [Fact]
    public async Task Import_JsonBody_Returns415Problem()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsJsonAsync("/api/prospects/import", new { email = "a@b.io" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Import_FileOverTenMegabytes_Returns413ProblemAndImportsNothing()
    {
        using var client = factory.CreateClientFor(_owner);
        var csv = new StringBuilder("email,firstName,notes\n");
        var filler = new string('x', 900);
        for (var i = 0; csv.Length <= 10 * 1024 * 1024; i++)
        {
            csv.Append(CultureInfoInvariant($"p{i}@example.com,P,{filler}\n"));
        }

        var response = await client.PostAsync("/api/prospects/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal((0, 0), await factory.CountAsync(_owner));
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}
