using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Sandbox;
using NodaTime;
using NodaTime.Testing;

namespace AutoMeet.Core.Tests.Sandbox;

public sealed class SandboxMailboxTests
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 2, 14, 0));
    private readonly Id<MailboxAccount> _account = Id<MailboxAccount>.New();

    private OutgoingEmail Email(string messageId, string? threadId = null) => new()
    {
        MailboxAccountId = _account,
        To = [new EmailAddress("ada@example.com", "Ada")],
        Subject = "Quick question",
        TextBody = "Hello Ada",
        RfcMessageId = messageId,
        ProviderThreadId = threadId,
    };

    [Fact]
    public async Task SendAsync_NewThread_KeepsTheMailAndStampsTheClock()
    {
        var sut = new SandboxMailbox(_clock);

        var sent = await sut.SendAsync(Email("m1@automeet.test"));

        var kept = Assert.Single(sut.ListSent(_account));
        Assert.Equal(sent, kept.Result);
        Assert.Equal("m1@automeet.test", sent.RfcMessageId);
        Assert.Equal(_clock.GetCurrentInstant(), sent.SentAt);
        Assert.Empty(sut.ListSent(Id<MailboxAccount>.New()));
    }

    [Fact]
    public async Task SendAsync_FollowUpWithThreadId_StaysInTheThread()
    {
        var sut = new SandboxMailbox(_clock);
        var first = await sut.SendAsync(Email("m1@automeet.test"));

        var second = await sut.SendAsync(Email("m2@automeet.test", first.ProviderThreadId));

        Assert.Equal(first.ProviderThreadId, second.ProviderThreadId);
        Assert.NotEqual(first.ProviderMessageId, second.ProviderMessageId);
    }

    [Fact]
    public async Task SendAsync_NoRecipient_ThrowsNamingTheField()
    {
        var sut = new SandboxMailbox(_clock);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => sut.SendAsync(Email("m1@x.test") with { To = [] }));

        Assert.Contains("OutgoingEmail.To", error.Message, StringComparison.Ordinal);
        Assert.Empty(sut.ListSent());
    }

    [Fact]
    public async Task FindSentAsync_ByMessageId_FindsOnlyWhatWasSent()
    {
        var sut = new SandboxMailbox(_clock);
        var sent = await sut.SendAsync(Email("m1@automeet.test"));

        Assert.Equal(sent, await sut.FindSentAsync(_account, "m1@automeet.test"));
        Assert.Null(await sut.FindSentAsync(_account, "never@automeet.test"));
        Assert.Null(await sut.FindSentAsync(Id<MailboxAccount>.New(), "m1@automeet.test"));
    }

    [Fact]
    public async Task SimulateReply_FromRecipient_ArrivesInTheThreadAfterTheCursor()
    {
        var sut = new SandboxMailbox(_clock);
        var sent = await sut.SendAsync(Email("m1@automeet.test"));
        var start = await sut.GetChangesAsync(_account, cursor: null);
        _clock.AdvanceMinutes(30);

        sut.SimulateReply(sent, "ADA@example.com", "Tuesday at 2pm works.");
        var changes = await sut.GetChangesAsync(_account, start.NextCursor);

        var reply = Assert.Single(changes.Messages);
        Assert.Equal(sent.ProviderThreadId, reply.ProviderThreadId);
        Assert.Equal("m1@automeet.test", reply.InReplyTo);
        Assert.Equal(["m1@automeet.test"], reply.References);
        Assert.Equal("Re: Quick question", reply.Subject);
        Assert.Equal(_clock.GetCurrentInstant(), reply.ReceivedAt);
        Assert.Empty((await sut.GetChangesAsync(_account, changes.NextCursor)).Messages);
    }

    [Fact]
    public async Task SimulateReply_FromStranger_Throws()
    {
        var sut = new SandboxMailbox(_clock);
        var sent = await sut.SendAsync(Email("m1@automeet.test"));

        Assert.Throws<ArgumentException>(() => sut.SimulateReply(sent, "eve@example.com", "hi"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99")]
    public async Task GetChangesAsync_ForeignCursor_ThrowsNamingTheCursor(string cursor)
    {
        var sut = new SandboxMailbox(_clock);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => sut.GetChangesAsync(_account, cursor));

        Assert.Equal("cursor", error.ParamName);
    }
}
