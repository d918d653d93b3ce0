namespace AutoMeet.Replies.Offline;

/// <summary>Folds text one character for one character: lower case, no diacritics, word punctuation to spaces.</summary>
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
            _ => char.ToLowerInvariant(c),
        };
    }
}
