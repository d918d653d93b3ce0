using AutoMeet.Sending.Preview;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Sending;

public sealed class CampaignPreviewTests
{
    private static readonly Instant Monday = Instant.FromUtc(2026, 11, 2, 7, 0);

    [Fact]
    public async Task PreviewAsync_SampleProspect_RendersEveryEmailStepThreadedAsSent()
    {
        await using var host = await SendingHost.StartAsync(Monday);

        var previews = await host.InStoreAsync(s => host.Services.GetRequiredService<ICampaignPreview>().PreviewAsync(s, host.Campaign.Id));

        Assert.Equal([0, 1, 2], previews.Select(p => p.StepPosition));
        Assert.Equal("Quick question, Sam", previews[0].Subject);
        Assert.Equal("Re: Quick question, Sam", previews[1].Subject);
        Assert.StartsWith("Hi Sam,\n\nDo you have 20 minutes for Example Corp?", previews[0].TextBody, StringComparison.Ordinal);
        Assert.All(previews, p => Assert.Null(p.Error));
    }

    [Fact]
    public async Task CheckTemplatesAsync_RequiredVariableAndBrokenTemplate_ListsProspectsMissingItAndTheParseError()
    {
        await using var host = await SendingHost.StartAsync(
            Monday,
            steps:
            [
                SendingHost.Email(0, 0, "Hi {{ prospect.first_name }}", "As {{ prospect.title }} at {{ prospect.company | default: \"your company\" }}…"),
                SendingHost.Email(1, 2, null, "Bump {% if %}"),
            ]);
        var (withTitle, _) = await host.EnrollAsync("dana@globex.example");
        await host.InStoreAsync(async s =>
        {
            var p = await s.Prospects.FindAsync(withTitle.Id);
            p!.Title = "CTO";
            await s.Prospects.UpdateAsync(p);
        });
        var (withoutTitle, _) = await host.EnrollAsync("fox@initech.example", firstName: "Fox");

        var checks = await host.InStoreAsync(s => host.Services.GetRequiredService<ICampaignPreview>().CheckTemplatesAsync(s, host.Campaign.Id));

        var first = checks[0];
        Assert.Null(first.Error);
        Assert.Contains(first.Variables, v => v.Path == "prospect.title" && v.Required);
        Assert.Contains(first.Variables, v => v.Path == "prospect.company" && !v.Required);
        var missing = Assert.Single(first.ProspectsMissing);
        Assert.Equal(withoutTitle.Id, missing.ProspectId);
        Assert.Equal(["prospect.title"], missing.Missing);
        Assert.Contains("line 1", checks[1].Error, StringComparison.Ordinal);
    }
}
