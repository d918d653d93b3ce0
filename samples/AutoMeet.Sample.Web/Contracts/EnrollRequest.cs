namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>POST /api/campaigns/{id}/enrollments</c>.</summary>
/// <param name="ProspectIds">The prospects to enroll (the owner's; 1 to 10,000 per request).</param>
/// <param name="AllowActiveInOtherCampaigns">Whether a prospect already active in another campaign may be enrolled too.</param>
/// <param name="MaxPerCompany">At most this many active prospects per company across campaigns; optional.</param>
internal sealed record EnrollRequest(IReadOnlyList<Guid>? ProspectIds, bool AllowActiveInOtherCampaigns, int? MaxPerCompany);
