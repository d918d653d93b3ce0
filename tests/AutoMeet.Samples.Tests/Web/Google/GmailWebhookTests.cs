using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using AutoMeet.Accounts;

namespace AutoMeet.Samples.Tests.Web.Google;

public sealed class GmailWebhookTests : GoogleWebTestBase
{
    private static readonly Uri Webhook = new("/webhooks/gmail", UriKind.Relative);

    private async Task<HttpResponseMessage> PushAsync(string? token, HttpContent? body = null)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Webhook) { Content = body ?? JwksServer.GmailBody("ada@example.com", 4242) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Post_ValidTokenForKnownMailbox_Returns204AndProcessesThatMailbox()
    {
        var account = await AddAccountAsync("ada@example.com");

        var response = await PushAsync(JwksServer.Sign());

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True(await Factory.Replies.WaitAsync(TimeSpan.FromSeconds(10)), "The reply pipeline was not run for the pushed mailbox.");
        Assert.Equal(account.Id, Assert.Single(Factory.Replies.Calls));
    }

    [Fact]
    public async Task Post_ValidTokenForUnknownMailbox_Returns204AndProcessesNothing()
    {
        await AddAccountAsync("someone-else@example.com");

        var response = await PushAsync(JwksServer.Sign(), JwksServer.GmailBody("nobody@example.com", 1));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(await Factory.Replies.WaitAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Post_NoToken_Returns401WithBearerChallenge()
    {
        await AddAccountAsync("ada@example.com");

        var response = await PushAsync(token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Factory.Replies.Calls);
    }

    [Fact]
    public async Task Post_TokenSignedByAnotherKey_Returns401()
    {
        await AddAccountAsync("ada@example.com");
        using var other = RSA.Create(2048);

        var response = await PushAsync(JwksServer.Sign(key: other));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("InvalidSignature", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Factory.Replies.Calls);
    }

    [Fact]
    public async Task Post_ExpiredToken_Returns401()
    {
        await AddAccountAsync("ada@example.com");

        var response = await PushAsync(JwksServer.Sign(issuedAt: TimeProvider.System.GetUtcNow().AddHours(-3)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WrongAudience_Returns401()
    {
        await AddAccountAsync("ada@example.com");

        var response = await PushAsync(JwksServer.Sign(audience: "https://elsewhere.example.com/push"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("WrongAudience", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnsignedToken_Returns401()
    {
        var signed = JwksServer.Sign().Split('.');

        var response = await PushAsync($"{signed[0]}.{signed[1]}.");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ValidTokenButNotAGmailNotification_Returns400()
    {
        var response = await PushAsync(JwksServer.Sign(), new StringContent("""{"message":{"data":"bm90IGpzb24="}}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_DisconnectedMailbox_Returns204AndProcessesNothing()
    {
        await AddAccountAsync("ada@example.com", AccountStatus.Disconnected);

        var response = await PushAsync(JwksServer.Sign());

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(await Factory.Replies.WaitAsync(TimeSpan.FromMilliseconds(300)));
    }
}
