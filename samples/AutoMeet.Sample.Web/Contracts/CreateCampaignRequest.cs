namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>POST /api/campaigns</c>. Properties are nullable so that missing values are reported by name.</summary>
public sealed record CreateCampaignRequest(string? Name, string? Description);
