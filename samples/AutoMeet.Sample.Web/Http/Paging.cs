using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AutoMeet.Storage;

namespace AutoMeet.Sample.Web.Http;

/// <summary>Parses <c>?skip=&amp;take=</c> (defaults 0 and 50; take at most <see cref="PageRequest.MaxTake"/>).</summary>
internal static class Paging
{
    public const int DefaultTake = 50;

    public static bool TryParse(string? skip, string? take, out PageRequest page, [NotNullWhen(false)] out IResult? problem)
    {
        var errors = new Dictionary<string, string[]>();
        var s = Parse("skip", skip, 0, 0, int.MaxValue, errors);
        var t = Parse("take", take, DefaultTake, 1, PageRequest.MaxTake, errors);
        if (errors.Count > 0)
        {
            page = default;
            problem = Results.ValidationProblem(errors);
            return false;
        }

        page = new PageRequest(s, t);
        problem = null;
        return true;
    }

    private static int Parse(string name, string? text, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"'{text}' is not a whole number from {min} to {max}."];
        return fallback;
    }
}
