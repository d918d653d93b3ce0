namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>POST /api/campaigns/{id}/enrollments</c>.</summary>
/// <param name="ProspectIds">The prospects to enroll (the owner's; 1 to 10,000 per request).</param>
/// <param name="AllowActiveInOtherCampaigns">Whether a prospect already active in another campaign may be enrolled too.</param>
/// <param name="MaxPerCompany">At most this many active prospects per company across campaigns; optional.</param>
/// <param name="MaximumVerdict">
/// The worst e-mail validation verdict allowed (<c>deliverable</c>, <c>risky</c>, <c>unknown</c>, <c>undeliverable</c>);
/// when given, every address is validated with DNS first. Optional: by default only the syntax is checked.
/// </param>
internal sealed record EnrollRequest(IReadOnlyList<Guid>? ProspectIds, bool AllowActiveInOtherCampaigns, int? MaxPerCompany, string? MaximumVerdict = null);
