using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AutoMeet.Compliance;
using AutoMeet.Prospects;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Samples.Tests.Web;

public sealed class PrivacyEndpointsTests : IDisposable
{
    private const string Owner = "privacy-owner";
    private readonly SampleWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ExportThenErase_KnownPerson_StreamsArchiveThenLeavesOnlyTheHash()
    {
        using var client = _factory.CreateClientFor(Owner);
        var created = await client.PostAsJsonAsync(new Uri("/api/prospects", UriKind.Relative), new { email = "Grace.Hopper@Navy.example", firstName = "Grace", lastName = "Hopper", company = "Navy" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var export = await client.GetAsync(new Uri("/api/privacy/export?email=grace.hopper%40navy.example", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        using (var document = JsonDocument.Parse(await export.Content.ReadAsStringAsync()))
        {
            Assert.Equal("automeet.person-data", document.RootElement.GetProperty("format").GetString());
            Assert.Equal(1, document.RootElement.GetProperty("version").GetInt32());
            Assert.Equal("Hopper", document.RootElement.GetProperty("prospects")[0].GetProperty("lastName").GetString());
        }

        var erase = await client.PostAsJsonAsync(new Uri("/api/privacy/erase", UriKind.Relative), new { email = "GRACE.HOPPER@navy.example" });

        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        using (var document = JsonDocument.Parse(await erase.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Erased", document.RootElement.GetProperty("status").GetString());
            Assert.Equal(1, document.RootElement.GetProperty("removed").GetProperty("prospects").GetInt32());
        }

        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        Assert.Null(await store.Prospects.FindByEmailAsync(new UserId(Owner), "grace.hopper@navy.example"));
        Assert.True(await scope.ServiceProvider.GetRequiredService<ISuppressionService>().IsSuppressedAsync(new UserId(Owner), "grace.hopper@navy.example"));
        var again = await client.GetAsync(new Uri("/api/privacy/export?email=grace.hopper%40navy.example", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Export_UnknownPerson_Returns404Problem()
    {
        using var client = _factory.CreateClientFor(Owner);

        var response = await client.GetAsync(new Uri("/api/privacy/export?email=nobody%40nowhere.example", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/privacy/export")]
    [InlineData("/api/privacy/export?email=")]
    [InlineData("/api/privacy/export?email=not-an-address")]
    [InlineData("/api/privacy/export?email=a%20b%40example.com")]
    public async Task Export_BadEmail_Returns400NamingEmail(string uri)
    {
        using var client = _factory.CreateClientFor(Owner);

        var response = await client.GetAsync(new Uri(uri, UriKind.Relative));

        await ProblemAssert.IsValidationProblemAsync(response, "email");
    }

    [Theory]
    [InlineData("""{}""", "email")]
    [InlineData("""{"email":""}""", "email")]
    [InlineData("""{"email":"nope"}""", "email")]
    [InlineData("""{"email":42}""", "email")]
    [InlineData("""not json""", "body")]
    public async Task Erase_BadBody_Returns400NamingTheField(string body, string field)
    {
        using var client = _factory.CreateClientFor(Owner);

        var response = await client.PostAsync(new Uri("/api/privacy/erase", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Erase_WrongMediaType_Returns415()
    {
        using var client = _factory.CreateClientFor(Owner);

        var response = await client.PostAsync(new Uri("/api/privacy/erase", UriKind.Relative), new StringContent("email=a@b.c", Encoding.UTF8, "text/plain"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Erase_UnknownPerson_Returns404AndChangesNothing()
    {
        using var client = _factory.CreateClientFor(Owner);

        var response = await client.PostAsJsonAsync(new Uri("/api/privacy/erase", UriKind.Relative), new { email = "nobody@nowhere.example" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().Suppressions.ListByOwnerAsync(new UserId(Owner), PageRequest.First));
    }

    [Fact]
    public async Task Erase_OtherOwnersPerson_IsNotFound()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().Prospects.AddAsync(new Prospect { OwnerId = new UserId("someone-else"), Email = "kept@example.org", FirstName = "Kept" });
        }

        using var client = _factory.CreateClientFor(Owner);
        var response = await client.PostAsJsonAsync(new Uri("/api/privacy/erase", UriKind.Relative), new { email = "kept@example.org" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        await using var check = _factory.Services.CreateAsyncScope();
        Assert.NotNull(await check.ServiceProvider.GetRequiredService<IAutoMeetStore>().Prospects.FindByEmailAsync(new UserId("someone-else"), "kept@example.org"));
    }
}
