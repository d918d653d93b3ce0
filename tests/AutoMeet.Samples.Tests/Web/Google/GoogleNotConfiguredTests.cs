using System.Net;

namespace AutoMeet.Samples.Tests.Web.Google;

public sealed class GoogleNotConfiguredTests : IDisposable
{
    private readonly SampleWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("GET", "/connect/google")]
    [InlineData("GET", "/connect/google/callback?code=x&state=y")]
    [InlineData("POST", "/connect/google/disconnect?accountId=x")]
    [InlineData("POST", "/webhooks/gmail")]
    [InlineData("POST", "/webhooks/calendar")]
    public async Task GoogleEndpoints_WithoutGoogleSettings_Return404SayingHowToConfigure(string method, string path)
    {
        using var client = _factory.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("AutoMeet:Google:ClientId", body, StringComparison.Ordinal);
        Assert.Contains("Connecting Google", body, StringComparison.Ordinal);
    }
}
