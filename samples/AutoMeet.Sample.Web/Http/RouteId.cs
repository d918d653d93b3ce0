using System.Diagnostics.CodeAnalysis;

namespace AutoMeet.Sample.Web.Http;

/// <summary>Parses an entity id from the route; a value that is not a GUID is a 400 naming <c>id</c>.</summary>
internal static class RouteId
{
    public static bool TryParse<TEntity>(string text, out Id<TEntity> id, [NotNullWhen(false)] out IResult? problem)
        where TEntity : class
    {
        if (Id<TEntity>.TryParse(text, null, out id) && !id.IsEmpty)
        {
            problem = null;
            return true;
        }

        problem = Problems.Field("id", $"'{text}' is not a valid {typeof(TEntity).Name.ToLowerInvariant()} id (expected a GUID).");
        return false;
    }
}
