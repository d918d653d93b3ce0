using AutoMeet.Prospects;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The result of <c>POST /api/prospects/import</c>: how many rows were stored, and why the others were not.</summary>
public sealed record ImportResponse(int Imported, int Rows, IReadOnlyList<ProspectImportRowError> Errors);
