using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AutoMeet.Samples.Tests.Web;

public sealed class ProspectEndpointsTests(SampleWebFactory factory) : IClassFixture<SampleWebFactory>
{
    private readonly string _owner = "prospect-owner-" + Guid.NewGuid().ToString("N");

    private static object Ada(string email = "Ada@Example.com") => new
    {
        email,
        firstName = "Ada",
        lastName = "Lovelace",
        company = "Engines",
        timeZone = "europe/london",
        customFields = new Dictionary<string, string> { ["plan"] = "pro" },
    };

    [Fact]
    public async Task Create_ValidBody_Returns201NormalisedProspectThatCanBeListedAndFetched()
    {
        using var client = factory.CreateClientFor(_owner);

        var created = await client.PostAsJsonAsync("/api/prospects", Ada());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var prospect = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ada@example.com", prospect.GetProperty("email").GetString());
        Assert.Equal("Europe/London", prospect.GetProperty("timeZone").GetString());
        Assert.Equal("pro", prospect.GetProperty("customFields").GetProperty("plan").GetString());
        var id = prospect.GetProperty("id").GetString();

        var fetched = await client.GetFromJsonAsync<JsonElement>($"/api/prospects/{id}");
        Assert.Equal("Lovelace", fetched.GetProperty("lastName").GetString());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/prospects?take=10");
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Create_InvalidFields_ReturnsProblemNamingEveryFieldAndStoresNothing()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsJsonAsync("/api/prospects", new { email = "bob@@x", timeZone = "Mars/Olympus", customFields = new Dictionary<string, string> { ["bad key"] = "v" } });

        var json = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = json.GetProperty("errors");
        Assert.Equal("'bob@@x' is not a valid e-mail address: the local part has a character ('@') that is only allowed inside a quoted local part.", errors.GetProperty("email")[0].GetString());
        Assert.Equal("is required.", errors.GetProperty("firstName")[0].GetString());
        Assert.StartsWith("'Mars/Olympus' is not a known IANA time zone", errors.GetProperty("timeZone")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("customFields", out _));
        Assert.Equal((0, 0), await factory.CountAsync(_owner));
    }

    [Fact]
    public async Task Create_DuplicateEmail_Returns409ProblemAndStoresNothingMore()
    {
        using var client = factory.CreateClientFor(_owner);
        (await client.PostAsJsonAsync("/api/prospects", Ada("ada@example.com"))).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync("/api/prospects", Ada("  ADA@example.COM "));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("ada@example.com", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((0, 1), await factory.CountAsync(_owner));
    }

    [Fact]
    public async Task Create_SameEmailForAnotherOwner_IsAllowed()
    {
        using var first = factory.CreateClientFor(_owner);
        using var second = factory.CreateClientFor(_owner + "-2");

        (await first.PostAsJsonAsync("/api/prospects", Ada())).EnsureSuccessStatusCode();
        var response = await second.PostAsJsonAsync("/api/prospects", Ada());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"email\":", "body")]
    [InlineData("{\"email\":[\"a@b.io\"],\"firstName\":\"A\"}", "email")]
    [InlineData("{\"email\":\"a@b.io\",\"firstName\":\"A\",\"customFields\":{\"plan\":7}}", "customFields.plan")]
    public async Task Create_InvalidJson_ReturnsProblemNamingTheIssueAndStoresNothing(string body, string field)
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsync("/api/prospects", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsValidationProblemAsync(response, field);
        Assert.Equal((0, 0), await factory.CountAsync(_owner));
    }

    [Fact]
    public async Task Create_BodyTooLarge_Returns413ProblemAndStoresNothing()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsJsonAsync("/api/prospects", new { email = "a@b.io", firstName = new string('a', 100_000) });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal((0, 0), await factory.CountAsync(_owner));
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.GetAsync($"/api/prospects/{Guid.NewGuid()}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_BadGuid_ReturnsProblemNamingId()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.GetAsync("/api/prospects/12345");

        Assert.Equal("'12345' is not a valid prospect id (expected a GUID).", await ProblemAssert.IsValidationProblemAsync(response, "id"));
    }

    [Fact]
    public async Task List_TakeTooLarge_ReturnsProblemNamingTake()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.GetAsync("/api/prospects?take=5000");

        await ProblemAssert.IsValidationProblemAsync(response, "take");
    }
}
