using System.Text.Json;
using AutoMeet.Compliance;
using AutoMeet.Privacy;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

namespace AutoMeet.Core.Tests.Privacy;

/// <summary>
/// The GDPR round trip, run against any store: seed Ada and Bob, export Ada, erase Ada, then scan every stored row
/// (through a dump that reads the store's tables directly, one string per row prefixed with its table name and '|')
/// for her address and name.
/// </summary>
internal static class PersonDataRoundTrip
{
    public static async Task RunAsync(IServiceProvider services, Instant now, Func<Task<IReadOnlyList<string>>> dumpRows)
    {
        var scenario = new PersonDataScenario();
        var audit = services.GetRequiredService<IAuditTrail>();
        await using (var scope = services.CreateAsyncScope())
        {
            await scenario.SeedAsync(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>(), now);
        }

        await audit.RecordAsync(PersonDataScenario.Owner, ActorKind.User, "owner-privacy", "prospect.created", "Prospect", scenario.Ada.Id.ToString());
        await audit.RecordAsync(PersonDataScenario.Owner, ActorKind.System, "scheduler", "meeting.proposed", "Meeting", scenario.AdaMeeting.Id.ToString(), """{"slots":3}""");
        Assert.Contains(await dumpRows(), row => row.Contains(PersonDataScenario.AdaLastName, StringComparison.OrdinalIgnoreCase));

        var service = services.GetRequiredService<IPersonDataService>();

        // Export: everything about Ada, and nothing of Bob's own records.
        var export = await service.ExportAsync(PersonDataScenario.Owner, "  ADA.LOVELACE@analytical.EXAMPLE ");
        Assert.Equal(PersonExportStatus.Exported, export.Status);
        using var buffer = new MemoryStream();
        await export.Archive!.WriteToAsync(buffer);
        using var document = JsonDocument.Parse(buffer.ToArray());
        var root = document.RootElement;
        Assert.Equal(PersonDataArchive.FormatName, root.GetProperty("format").GetString());
        Assert.Equal(PersonDataArchive.FormatVersion, root.GetProperty("version").GetInt32());
        Assert.Equal(PersonDataScenario.AdaAddress, root.GetProperty("emailAddress").GetString());
        Assert.Equal(PersonDataScenario.AdaAddress, Assert.Single(root.GetProperty("prospects").EnumerateArray()).GetProperty("email").GetString(), ignoreCase: true);
        Assert.Single(root.GetProperty("enrollments").EnumerateArray());
        Assert.Equal(2, Assert.Single(root.GetProperty("threads").EnumerateArray()).GetProperty("messages").GetArrayLength());
        Assert.Equal(2, root.GetProperty("events").GetArrayLength());
        Assert.Equal("InterestedMeeting", Assert.Single(root.GetProperty("replyDecisions").EnumerateArray()).GetProperty("label").GetString());
        Assert.Equal(2, root.GetProperty("outbox").GetArrayLength());
        Assert.Equal(["email.sent", "meeting.proposed"], root.GetProperty("domainEvents").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Single(root.GetProperty("meetings").EnumerateArray());
        Assert.False(Assert.Single(root.GetProperty("approvals").EnumerateArray()).TryGetProperty("tokenHash", out _));
        Assert.Equal(2, root.GetProperty("notifications").GetArrayLength()); // the meeting-intent one and Bob's referral naming her address
        Assert.Equal("Address", Assert.Single(root.GetProperty("suppressions").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal(2, root.GetProperty("auditEntries").GetArrayLength());
        Assert.Equal(2, root.GetProperty("counts").GetProperty("messages").GetInt32());

        // Erase: every record goes, the pending send with it; only the hash is left.
        var erased = await service.EraseAsync(PersonDataScenario.Owner, PersonDataScenario.AdaAddress, "owner-privacy");
        Assert.Equal(PersonErasureStatus.Erased, erased.Status);
        Assert.Equal(1, erased.Removed[PersonDataSections.Prospects]);
        Assert.Equal(2, erased.Removed[PersonDataSections.Outbox]);
        Assert.Equal(2, erased.Removed[PersonDataSections.DomainEvents]);
        var hash = services.GetRequiredService<ISuppressionService>().HashAddress(PersonDataScenario.Owner, PersonDataScenario.AdaAddress);
        Assert.Equal(hash, erased.AddressHash);

        var rows = await dumpRows();
        foreach (var needle in PersonDataScenario.AdaNeedles)
        {
            Assert.DoesNotContain(rows, row => row.Contains(needle, StringComparison.OrdinalIgnoreCase));
        }

        foreach (var id in new[] { scenario.Ada.Id.ToString(), scenario.AdaEnrollment.Id.ToString(), scenario.AdaPending.Id.ToString(), scenario.AdaMeeting.Id.ToString() })
        {
            // Only the audit chain may still name the (now dangling) ids: it is append-only and holds no personal data.
            Assert.All(rows.Where(r => r.Contains(id, StringComparison.OrdinalIgnoreCase)), r => Assert.StartsWith("audit", r, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(rows, row => row.Contains(hash, StringComparison.Ordinal));
        await using (var scope = services.CreateAsyncScope())
        {
            // Her events stay in the log, positioned, but name nobody: no prospect, no payload, no entity id.
            var log = await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().DomainEvents.ListAfterAsync(0, new AutoMeet.Events.DomainEventFilter { OwnerId = PersonDataScenario.Owner }, 100);
            Assert.Equal(3, log.Count);
            Assert.Equal(2, log.Count(e => e.ProspectId is null && e.Payload is null && e.EntityId == AutoMeet.Events.IDomainEventStore.ErasedEntityId));
            Assert.Contains(log, e => e.ProspectId == scenario.Bob.Id && e.Payload is not null);
        }

        Assert.True(await services.GetRequiredService<ISuppressionService>().IsSuppressedAsync(PersonDataScenario.Owner, PersonDataScenario.AdaAddress));
        Assert.Contains(rows, row => row.Contains(PersonDataScenario.BobAddress, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(rows, row => row.Contains("spam.example", StringComparison.OrdinalIgnoreCase));

        // The erasure is audited by hash, and the chain still verifies.
        await using (var scope = services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var entry = Assert.Single(await store.AuditLog.ListForEntityAsync("Person", hash));
            Assert.Equal("privacy.erased", entry.Action);
            Assert.DoesNotContain("@", entry.Detail ?? string.Empty, StringComparison.Ordinal);
            Assert.NotNull(await store.Prospects.FindAsync(scenario.Bob.Id));
            Assert.Single(await store.Outbox.ListByEnrollmentAsync((await store.Enrollments.ListByProspectAsync(scenario.Bob.Id)).Single().Id));
        }

        var verification = await audit.VerifyAsync(PersonDataScenario.Owner);
        Assert.True(verification.IsIntact);
        Assert.Equal(3, verification.EntryCount);

        // Afterwards: nothing to export, a repeat is "already erased" (no second audit entry), a stranger is "not found".
        Assert.Equal(PersonExportStatus.NotFound, (await service.ExportAsync(PersonDataScenario.Owner, PersonDataScenario.AdaAddress)).Status);
        Assert.Equal(PersonErasureStatus.AlreadyErased, (await service.EraseAsync(PersonDataScenario.Owner, PersonDataScenario.AdaAddress, "owner-privacy")).Status);
        Assert.Equal(PersonErasureStatus.NotFound, (await service.EraseAsync(PersonDataScenario.Owner, "nobody@nowhere.example", "owner-privacy")).Status);
        Assert.Equal(3, (await audit.VerifyAsync(PersonDataScenario.Owner)).EntryCount);
    }
}
