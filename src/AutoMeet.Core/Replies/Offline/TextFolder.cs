namespace AutoMeet.Replies.Offline;

/// <summary>Folds text one character for one character: lower case, no diacritics, word punctuation to spaces;
/// full-width digits, letters and punctuation (Japanese "１４：００", "、", "。") to their ASCII forms.</summary>
/// <remarks>Length-preserving, so a token's position also points into the original text (to check capitals).</remarks>
internal static class TextFolder
{
    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/> (same length).</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Fold(source[i]);
        }
    }

    /// <summary>Folds one character.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                '\'' or '`' or '-' or '_' or '/' or '"' or '(' or ')' or '[' or ']' or '*' or '#' or '+' or '&' or '<' or '>' or '=' or '~' or '|' => ' ',
                _ => c,
            };
        }

        return c switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' => 'a',
            'è' or 'é' or 'ê' or 'ë' or 'È' or 'É' or 'Ê' or 'Ë' => 'e',
            'ì' or 'í' or 'î' or 'ï' or 'Ì' or 'Í' or 'Î' or 'Ï' => 'i',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'ø' => 'o',
            'ù' or 'ú' or 'û' or 'ü' or 'Ù' or 'Ú' or 'Û' or 'Ü' => 'u',
            'ç' or 'Ç' => 'c',
            'ñ' or 'Ñ' => 'n',
            'ß' => 's',
            'ÿ' or 'ý' => 'y',
            '’' or '‘' or '´' or '–' or '—' or '«' or '»' or '“' or '”' or '„' or '\u00A0' => ' ',
            '¿' or '¡' => ' ',
            '…' => '.',
            >= '\u3000' => FoldWide(c),
            _ => char.ToLowerInvariant(c),
        };
    }

    // Full-width forms and CJK punctuation: "１４：３０" → "14:30", "、" → ",", "。" → ".", brackets and wave dashes to spaces.
    private static char FoldWide(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
        >= '\uFF21' and <= '\uFF3A' => (char)('a' + (c - '\uFF21')),
        >= '\uFF41' and <= '\uFF5A' => (char)('a' + (c - '\uFF41')),
        '\uFF1A' => ':',
        '\u3001' or '\uFF0C' or '\uFF64' => ',',
        '\u3002' or '\uFF0E' or '\uFF61' => '.',
        '\uFF01' => '!',
        '\uFF1F' => '?',
        '\uFF1B' => ';',
        '\uFF20' => '@',
        '\u3000' or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '\uFF08' or '\uFF09' or '\u3010' or '\u3011' or '\u3008'
            or '\u3009' or '\u300A' or '\u300B' or '\u301C' or '\uFF5E' or '\u30FB' or '\uFF0F' or '\uFF0D' or '\uFF3F' or '\uFF1D'
            or '\u2501' or '\u2500' or '\u25A0' or '\u25A1' or '\u2605' or '\u2606' or '\u203B' => ' ',
        _ => c,
    };
}
