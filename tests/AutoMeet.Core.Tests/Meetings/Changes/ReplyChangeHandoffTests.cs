using AutoMeet.Core.Tests.Replies.Pipeline;
using AutoMeet.Meetings.Changes;
using AutoMeet.Replies;
using AutoMeet.Replies.Pipeline;
using AutoMeet.Storage;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings.Changes;

/// <summary>The real reply pipeline hands reschedule and cancel replies to the change handler, and still notifies the owner.</summary>
public sealed class ReplyChangeHandoffTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly ReplyPipelineHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("Sorry, I need to cancel our meeting tomorrow.", ReplyLabel.Cancel)]
    [InlineData("Something came up, could we reschedule our call to another day?", ReplyLabel.Reschedule)]
    public async Task ProcessAccountAsync_CancelOrRescheduleReply_QueuesTheMeetingChangeAndNotifiesTheOwner(string body, ReplyLabel label)
    {
        var ada = await _host.EnrollAsync("ada@analytical.example");
        _host.Reply(ada, body);

        await _host.ProcessAsync();
        await _host.ProcessAsync();

        var decision = Assert.Single(await _host.DecisionsAsync(ada));
        Assert.Equal(label, decision.Label);
        Assert.Contains("meeting change queued", decision.Actions, StringComparison.Ordinal);
        var work = Assert.Single(await _host.InStoreAsync(s => s.WorkQueue.ClaimDueAsync(new LeaseClaim("test", 10, Duration.FromMinutes(1), [MeetingChangeWork.FromReply]))));
        Assert.Equal(decision.MessageId.ToString(), work.Key);
        var request = ReplyJson.ReadProposal(work.Payload!);
        Assert.Equal(decision.Id.Value, request.DecisionId);
        Assert.Equal(ada.Prospect.Id.Value, request.ProspectId);
        Assert.Contains(await _host.InStoreAsync(s => s.Notifications.ListByOwnerAsync(_host.Owner, PageRequest.First)), n => n.Kind == ReplyWork.MeetingChangeNotification);
    }
}
