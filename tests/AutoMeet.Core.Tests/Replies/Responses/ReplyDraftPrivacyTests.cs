using System.Text.Json;
using AutoMeet.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Core.Tests.Replies.Responses;

/// <summary>Drafts are personal data: the GDPR export lists them (token hashes withheld) and erasure deletes them.</summary>
public sealed class ReplyDraftPrivacyTests
{
    [Fact]
    public async Task ExportAndErase_IncludeTheProspectsDrafts()
    {
        await using var host = await DraftHost.StartAsync();
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, "Honestly this is too expensive for us, we don't have the budget for it.");
        await host.ProcessAndDrainAsync();
        var draft = Assert.Single(await host.DraftsAsync(ada));
        var privacy = host.Pipeline.Services.GetRequiredService<IPersonDataService>();

        var export = await privacy.ExportAsync(host.Pipeline.Owner, ada.Prospect.Email);
        using var stream = new MemoryStream();
        await export.Archive!.WriteToAsync(stream);
        using var json = JsonDocument.Parse(stream.ToArray());

        Assert.Equal(1, export.Archive.Counts[PersonDataSections.ReplyDrafts]);
        var exported = Assert.Single(json.RootElement.GetProperty(PersonDataSections.ReplyDrafts).EnumerateArray());
        Assert.Equal(draft.Id.ToString(), exported.GetProperty("id").GetString());
        Assert.Equal(draft.Body, exported.GetProperty("body").GetString());
        Assert.False(exported.TryGetProperty("tokenHash", out _));

        var erased = await privacy.EraseAsync(host.Pipeline.Owner, ada.Prospect.Email, "owner-1");

        Assert.Equal(1, erased.Removed[PersonDataSections.ReplyDrafts]);
        Assert.Null(await host.Pipeline.InStoreAsync(s => s.ReplyDrafts.FindAsync(draft.Id)));
        Assert.Equal(AutoMeet.Replies.Responses.ReplyDraftLinkOutcome.Invalid, (await host.Approvals.InspectAsync(host.Token(AutoMeet.Replies.Responses.ReplyDraftDecision.Approve))).Outcome);
    }
}
