using System.Net;
using AutoMeet.Compliance;
using AutoMeet.Events;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Samples.Tests.Web;

public sealed class UnsubscribeEndpointsTests : IDisposable
{
    private static readonly UserId Owner = new("unsubscribe-owner");
    private readonly FakeClockWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private ISuppressionService Suppression => _factory.Services.GetRequiredService<ISuppressionService>();

    private static FormUrlEncodedContent OneClick() => new([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]);

    [Fact]
    public async Task Get_ValidLink_ShowsAConfirmationAndChangesNothing()
    {
        using var client = _factory.CreateClient();
        var token = Suppression.CreateUnsubscribeToken(Owner, "ada@example.com", Duration.FromDays(30));

        var response = await client.GetAsync(new Uri("/unsubscribe?token=" + Uri.EscapeDataString(token), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<form method=\"post\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await Suppression.IsSuppressedAsync(Owner, "ada@example.com"));
    }

    [Fact]
    public async Task Post_OneClickTwice_UnsubscribesOnceAndAnswersOkBothTimes()
    {
        using var client = _factory.CreateClient();
        var token = Suppression.CreateUnsubscribeToken(Owner, "ada@example.com", Duration.FromDays(30));
        var uri = new Uri("/unsubscribe?token=" + Uri.EscapeDataString(token), UriKind.Relative);

        var first = await client.PostAsync(uri, OneClick());
        var second = await client.PostAsync(uri, OneClick());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(await Suppression.IsSuppressedAsync(Owner, "ADA@example.com"));
        Assert.False(await Suppression.IsSuppressedAsync(new UserId("someone-else"), "ada@example.com"));
    }

    [Fact]
    public async Task Post_OneClickTwice_AppendsOneProspectUnsubscribedEvent()
    {
        using var client = _factory.CreateClient();
        var token = Suppression.CreateUnsubscribeToken(Owner, "ada@example.com", Duration.FromDays(30));
        var uri = new Uri("/unsubscribe?token=" + Uri.EscapeDataString(token), UriKind.Relative);

        await client.GetAsync(uri);
        await client.PostAsync(uri, OneClick());
        await client.PostAsync(uri, OneClick());

        await using var scope = _factory.Services.CreateAsyncScope();
        var logged = await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().DomainEvents
            .ListAfterAsync(0, new DomainEventFilter { OwnerId = Owner, Types = [DomainEventTypes.ProspectUnsubscribed] }, 100);
        var unsubscribed = Assert.Single(logged);
        Assert.Equal("""{"reason":"unsubscribed","source":"unsubscribe-link"}""", unsubscribed.Payload);
        Assert.DoesNotContain("ada@", unsubscribed.Payload, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1.k.bm90LWEtdG9rZW4.c2ln")]
    public async Task GetAndPost_ForgedLink_Return400AndSuppressNothing(string token)
    {
        using var client = _factory.CreateClient();
        var uri = new Uri("/unsubscribe?token=" + Uri.EscapeDataString(token), UriKind.Relative);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(uri)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(uri, OneClick())).StatusCode);
    }

    [Fact]
    public async Task Post_ExpiredLink_Returns410AndSuppressesNothing()
    {
        using var client = _factory.CreateClient();
        var token = Suppression.CreateUnsubscribeToken(Owner, "ada@example.com", Duration.FromDays(1));
        _factory.Time.Advance(TimeSpan.FromDays(2));

        var response = await client.PostAsync(new Uri("/unsubscribe?token=" + Uri.EscapeDataString(token), UriKind.Relative), OneClick());

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.False(await Suppression.IsSuppressedAsync(Owner, "ada@example.com"));
    }
}
