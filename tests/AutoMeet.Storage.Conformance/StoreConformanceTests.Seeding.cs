using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>Adds an entity through one store, in a new scope.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="storeOf">Selects the store.</param>
    /// <param name="entity">The entity.</param>
    /// <returns>The same entity, with the values the store set on add.</returns>
    protected async Task<T> AddAsync<T>(Func<IAutoMeetStore, IEntityStore<T>> storeOf, T entity)
        where T : class, IEntity<T>
    {
        ArgumentNullException.ThrowIfNull(storeOf);
        await InNewScopeAsync(store => storeOf(store).AddAsync(entity));
        return entity;
    }

    /// <summary>Stores a mailbox account, a sequence, a campaign and a prospect for one owner.</summary>
    /// <param name="ownerId">The owner, or <see langword="null"/> for a new one.</param>
    /// <returns>The stored entities.</returns>
    protected async Task<ConformanceGraph> SeedGraphAsync(UserId? ownerId = null)
    {
        var owner = ownerId ?? ConformanceData.NewOwner();
        var mailbox = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(owner));
        var sequence = await AddAsync(s => s.Sequences, ConformanceData.Sequence(owner));
        var campaign = await AddAsync(s => s.Campaigns, ConformanceData.Campaign(owner, sequence.Id, mailbox.Id));
        var prospect = await AddAsync(s => s.Prospects, ConformanceData.Prospect(owner));
        return new ConformanceGraph(owner, mailbox, sequence, campaign, prospect);
    }

    /// <summary>Stores another campaign of the graph's owner, with the graph's sequence and mailbox.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The stored campaign.</returns>
    protected Task<Campaign> SeedCampaignAsync(ConformanceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return AddAsync(s => s.Campaigns, ConformanceData.Campaign(graph.OwnerId, graph.Sequence.Id, graph.Mailbox.Id));
    }

    /// <summary>Stores another prospect of an owner.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="email">The address, or <see langword="null"/> for a fresh one.</param>
    /// <returns>The stored prospect.</returns>
    protected Task<Prospect> SeedProspectAsync(UserId ownerId, string? email = null) =>
        AddAsync(s => s.Prospects, ConformanceData.Prospect(ownerId, email));

    /// <summary>Stores a thread with messages in the graph's mailbox.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="prospectId">The prospect, or <see langword="null"/> for the graph's.</param>
    /// <param name="campaignId">The campaign the thread belongs to, if any.</param>
    /// <param name="messageCount">How many messages.</param>
    /// <returns>The stored thread.</returns>
    protected Task<EmailThread> SeedThreadAsync(ConformanceGraph graph, Id<Prospect>? prospectId = null, Id<Campaign>? campaignId = null, int messageCount = 2)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return AddAsync(s => s.Threads, ConformanceData.Thread(graph.Mailbox.Id, prospectId ?? graph.Prospect.Id, campaignId, messageCount));
    }

    /// <summary>Stores an enrollment of a prospect in a campaign of the graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="campaignId">The campaign, or <see langword="null"/> for the graph's.</param>
    /// <param name="prospectId">The prospect, or <see langword="null"/> for the graph's.</param>
    /// <param name="configure">Changes the enrollment before it is stored.</param>
    /// <returns>The stored enrollment.</returns>
    protected Task<Enrollment> SeedEnrollmentAsync(ConformanceGraph graph, Id<Campaign>? campaignId = null, Id<Prospect>? prospectId = null, Action<Enrollment>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var enrollment = ConformanceData.Enrollment(campaignId ?? graph.Campaign.Id, prospectId ?? graph.Prospect.Id, graph.Sequence.Id, graph.Mailbox.Id);
        configure?.Invoke(enrollment);
        return AddAsync(s => s.Enrollments, enrollment);
    }

    /// <summary>Stores a meeting of the graph's owner.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="start">The start.</param>
    /// <param name="length">The length, or <see langword="null"/> for one hour.</param>
    /// <param name="status">The status.</param>
    /// <param name="prospectId">The prospect, or <see langword="null"/> for the graph's.</param>
    /// <returns>The stored meeting.</returns>
    protected Task<Meeting> SeedMeetingAsync(ConformanceGraph graph, Instant start, Duration? length = null, MeetingStatus status = MeetingStatus.Scheduled, Id<Prospect>? prospectId = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var meeting = ConformanceData.Meeting(graph.OwnerId, prospectId ?? graph.Prospect.Id, start, length ?? Duration.FromHours(1), calendarAccountId: graph.Mailbox.Id);
        meeting.Status = status;
        return AddAsync(s => s.Meetings, meeting);
    }

    /// <summary>Asserts that the store stamped a newly added entity: created and updated now, version 1.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="entity">The entity.</param>
    protected void AssertStampedAsNew<T>(T entity)
        where T : class, IEntity<T>
    {
        ArgumentNullException.ThrowIfNull(entity);
        Assert.Equal(Now, entity.CreatedAt);
        Assert.Equal(Now, entity.UpdatedAt);
        Assert.Equal(1, entity.Version);
    }
}
