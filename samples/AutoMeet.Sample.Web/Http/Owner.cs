using System.Diagnostics.CodeAnalysis;

namespace AutoMeet.Sample.Web.Http;

/// <summary>
/// Resolves the owner of a request. The sample has no authentication: the owner is the <c>X-AutoMeet-User</c>
/// header, or <c>demo-user</c> when it is absent. A real host takes it from the authenticated principal.
/// </summary>
internal static class Owner
{
    public const string HeaderName = "X-AutoMeet-User";
    public const string DefaultUser = "demo-user";

    public static bool TryResolve(HttpRequest request, out UserId owner, [NotNullWhen(false)] out IResult? problem)
    {
        var values = request.Headers[HeaderName];
        var value = values.Count == 0 ? DefaultUser : values.ToString().Trim();
        if (values.Count > 1 || value.Length is 0 or > UserId.MaxLength)
        {
            owner = default;
            problem = Problems.Field(HeaderName, $"The {HeaderName} header must be one non-blank value of at most {UserId.MaxLength} characters.");
            return false;
        }

        owner = new UserId(value);
        problem = null;
        return true;
    }
}
