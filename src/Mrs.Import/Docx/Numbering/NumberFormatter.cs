using System.Globalization;
using System.Text;

namespace Mrs.Import.Docx.Numbering;

/// <summary>
/// Renders a counter value in a WordprocessingML number format (ST_NumberFormat, ECMA-376 §17.18.59) the way Word
/// draws it. Values a format cannot show (0, negatives, beyond a fixed table) fall back to decimal, as Word does. No
/// number is written longer than <see cref="MaxLength"/> characters: a format that would need more gives decimal.
/// </summary>
public static class NumberFormatter
{
    /// <summary>
    /// The longest text of one number. Repeated-symbol formats grow with the value (lowerLetter 32767 would be 1261
    /// letters, chicago 8192 symbols, upperRoman of a billion a million Ms); past this length the number is written in
    /// decimal, so that no start value or counter can blow a label up.
    /// </summary>
    public const int MaxLength = 64;

    /// <summary>Formats <paramref name="value"/> in <paramref name="numFmt"/>; unknown formats give decimal.</summary>
    public static string Format(int value, string? numFmt) => Format(value, numFmt, null);

    /// <summary>
    /// Formats <paramref name="value"/>; <paramref name="customFormat"/> is w:numFmt/@w:format for numFmt="custom"
    /// (Word 2010+, e.g. "001, 002, 003, ..."). "none" and "bullet" give "" (a bullet level's text is its lvlText).
    /// </summary>
    public static string Format(int value, string? numFmt, string? customFormat)
    {
        var text = Unbounded(value, numFmt, customFormat);
        return text.Length <= MaxLength ? text : Decimal(value);
    }

    // Each case keeps its own output within MaxLength before it allocates (repeated symbols, Roman thousands, custom
    // widths); Format checks the rest.
    private static string Unbounded(int value, string? numFmt, string? customFormat)
    {
        switch (numFmt)
        {
            case null or "" or "decimal" or "decimalHalfWidth":
                return Decimal(value);
            case "none" or "bullet":
                return "";
            case "decimalZero":
                return value is >= 0 and < 10 ? "0" + Decimal(value) : Decimal(value);
            case "upperLetter":
                return Letters(value, 'A');
            case "lowerLetter":
                return Letters(value, 'a');
            case "upperRoman":
                return Roman(value, upper: true);
            case "lowerRoman":
                return Roman(value, upper: false);
            case "ordinal":
                return Ordinal(value);
            case "cardinalText":
                return value >= 0 ? Capitalise(EnglishCardinal(value)) : Decimal(value);
            case "ordinalText":
                return value > 0 ? Capitalise(EnglishOrdinal(value)) : Decimal(value);
            case "hex":
                return value >= 0 ? value.ToString("X", CultureInfo.InvariantCulture) : Decimal(value);
            case "chicago":
                return Chicago(value);
            case "numberInDash":
                return "- " + Decimal(value) + " -";
            case "decimalFullWidth" or "decimalFullWidth2":
                return MapDigits(value, '\uFF10');
            case "decimalEnclosedCircle" or "decimalEnclosedCircleChinese":
                return Enclosed(value, 1, 20, '\u2460');
            case "decimalEnclosedFullstop":
                return Enclosed(value, 1, 20, '\u2488');
            case "decimalEnclosedParen":
                return Enclosed(value, 1, 20, '\u2474');
            case "ideographEnclosedCircle":
                return Enclosed(value, 1, 10, '\u3220');
            case "ideographTraditional":
                return FromTable(value, HeavenlyStems);
            case "ideographZodiac":
                return FromTable(value, EarthlyBranches);
            case "ideographZodiacTraditional":
                return value is >= 1 and <= 60
                    ? HeavenlyStems[(value - 1) % 10] + EarthlyBranches[(value - 1) % 12]
                    : Decimal(value);
            case "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand":
                return DigitByDigit(value, IdeographDigits);
            case "chineseCounting":
                return ChineseCounting(value);
            case "chineseCountingThousand":
                return CjkCounting(value, CjkSimplified);
            case "taiwaneseCounting" or "taiwaneseCountingThousand":
                return CjkCounting(value, CjkTraditional);
            case "chineseLegalSimplified":
                return CjkCounting(value, CjkLegalSimplified);
            case "ideographLegalTraditional":
                return CjkCounting(value, CjkLegalTraditional);
            case "japaneseCounting" or "koreanDigital2":
                return CjkCounting(value, CjkJapanese);
            case "japaneseLegal":
                return CjkCounting(value, CjkJapaneseLegal);
            case "koreanDigital" or "koreanLegal":
                return CjkCounting(value, CjkKorean);
            case "koreanCounting":
                return KoreanNative(value);
            case "ganada":
                return Cycle(value, Ganada);
            case "chosung":
                return Cycle(value, Chosung);
            case "aiueo":
                return Cycle(value, AiueoHalf);
            case "aiueoFullWidth":
                return Cycle(value, AiueoFull);
            case "iroha":
                return Cycle(value, IrohaHalf);
            case "irohaFullWidth":
                return Cycle(value, IrohaFull);
            case "russianLower":
                return RepeatedLetters(value, RussianLower);
            case "russianUpper":
                return RepeatedLetters(value, RussianLower.ToUpperInvariant());
            case "thaiNumbers":
                return MapDigits(value, '\u0E50');
            case "hindiNumbers":
                return MapDigits(value, '\u0966');
            case "custom":
                return Custom(value, customFormat);
            default:
                return Decimal(value);
        }
    }

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    // A, B, … Z, AA, BB, … ZZ, AAA … (Word repeats the letter; it does not count like spreadsheet columns).
    private static string Letters(int value, char a)
    {
        if (value <= 0)
        {
            return Decimal(value);
        }
        var letter = (char)(a + (value - 1) % 26);
        var count = (value - 1) / 26 + 1;
        return count <= MaxLength ? new string(letter, count) : Decimal(value);
    }

    private static string RepeatedLetters(int value, string alphabet)
    {
        if (value <= 0)
        {
            return Decimal(value);
        }
        var count = (value - 1) / alphabet.Length + 1;
        return count <= MaxLength ? new string(alphabet[(value - 1) % alphabet.Length], count) : Decimal(value);
    }

    private static readonly (int Value, string Numeral)[] RomanTable =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    private static string Roman(int value, bool upper)
    {
        if (value <= 0 || value / 1000 > MaxLength)
        {
            return Decimal(value);
        }
        var sb = new StringBuilder();
        var rest = value;
        foreach (var (v, numeral) in RomanTable)
        {
            while (rest >= v)
            {
                sb.Append(numeral);
                rest -= v;
            }
        }
        return upper ? sb.ToString() : sb.ToString().ToLowerInvariant();
    }

    private static string Ordinal(int value)
    {
        var n = Math.Abs(value);
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return Decimal(value) + suffix;
    }

    private static readonly string[] Ones =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static string EnglishCardinal(int n)
    {
        if (n < 20)
        {
            return Ones[n];
        }
        if (n < 100)
        {
            return Tens[n / 10] + (n % 10 == 0 ? "" : "-" + Ones[n % 10]);
        }
        foreach (var (size, word) in new[] { (1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand"), (100, "hundred") })
        {
            if (n >= size)
            {
                var head = EnglishCardinal(n / size) + " " + word;
                return n % size == 0 ? head : head + " " + EnglishCardinal(n % size);
            }
        }
        return Decimal(n);
    }

    private static readonly Dictionary<string, string> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["one"] = "first", ["two"] = "second", ["three"] = "third", ["five"] = "fifth", ["eight"] = "eighth",
        ["nine"] = "ninth", ["twelve"] = "twelfth",
    };

    private static string EnglishOrdinal(int n)
    {
        var cardinal = EnglishCardinal(n);
        var cut = Math.Max(cardinal.LastIndexOf(' '), cardinal.LastIndexOf('-')) + 1;
        var last = cardinal[cut..];
        string ordinal;
        if (OrdinalWords.TryGetValue(last, out var special))
        {
            ordinal = special;
        }
        else if (last.EndsWith('y'))
        {
            ordinal = last[..^1] + "ieth";
        }
        else
        {
            ordinal = last + "th";
        }
        return cardinal[..cut] + ordinal;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    // *, †, ‡, §, then doubled, tripled …
    private static string Chicago(int value)
    {
        if (value <= 0)
        {
            return Decimal(value);
        }
        const string symbols = "*\u2020\u2021\u00A7";
        var count = (value - 1) / 4 + 1;
        return count <= MaxLength ? new string(symbols[(value - 1) % 4], count) : Decimal(value);
    }

    private static string MapDigits(int value, char zero)
    {
        var s = Decimal(value);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c is >= '0' and <= '9' ? (char)(zero + (c - '0')) : c);
        }
        return sb.ToString();
    }

    private static string Enclosed(int value, int min, int max, char first) =>
        value >= min && value <= max ? ((char)(first + value - min)).ToString() : Decimal(value);

    private static string FromTable(int value, string[] table) =>
        value >= 1 && value <= table.Length ? table[value - 1] : Decimal(value);

    private static string Cycle(int value, string[] table) => value >= 1 ? table[(value - 1) % table.Length] : Decimal(value);

    private static string Cycle(int value, string table) => value >= 1 ? table[(value - 1) % table.Length].ToString() : Decimal(value);

    private static readonly string[] HeavenlyStems = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];

    private static readonly string[] EarthlyBranches = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"];

    private static readonly string[] IdeographDigits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    private static string DigitByDigit(int value, string[] digits)
    {
        if (value < 0)
        {
            return Decimal(value);
        }
        var sb = new StringBuilder();
        foreach (var c in Decimal(value))
        {
            sb.Append(digits[c - '0']);
        }
        return sb.ToString();
    }

    // chineseCounting: 一 … 十, 十一 … 九十九; from 100 on Word writes the digits one by one (一○○, 一○一).
    private static readonly string[] ChineseCountingDigits = ["○", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    private static string ChineseCounting(int value)
    {
        if (value is >= 1 and <= 99)
        {
            return CjkCounting(value, CjkSimplified);
        }
        return value >= 100 ? DigitByDigit(value, ChineseCountingDigits) : Decimal(value);
    }

    private enum OneBeforeTen
    {
        /// <summary>壹拾, 壹拾壹 (legal forms).</summary>
        Always,

        /// <summary>十, 十一 at the start of the number, but 一百一十 inside it (Chinese).</summary>
        NotLeading,

        /// <summary>十, 百十 (Japanese, Korean).</summary>
        Never,
    }

    /// <summary>
    /// A CJK positional numeral system: digits 0–9, the signs for 10, 100, 1000, 10^4 and 10^8, the sign written once for
    /// a run of skipped places (null: write nothing), and where a leading "one" is written.
    /// </summary>
    private sealed record CjkSystem(string[] Digits, string Ten, string Hundred, string Thousand, string Myriad, string HundredMillion,
        string? Zero, OneBeforeTen OneBeforeTen, bool OneBeforeHundredAndThousand, bool OneBeforeMyriad);

    private static readonly CjkSystem CjkSimplified = new(
        ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"], "十", "百", "千", "万", "亿", "〇", OneBeforeTen.NotLeading, true, true);

    private static readonly CjkSystem CjkTraditional = new(
        ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"], "十", "百", "千", "萬", "億", "零", OneBeforeTen.NotLeading, true, true);

    private static readonly CjkSystem CjkLegalSimplified = new(
        ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"], "拾", "佰", "仟", "万", "亿", "零", OneBeforeTen.Always, true, true);

    private static readonly CjkSystem CjkLegalTraditional = new(
        ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"], "拾", "佰", "仟", "萬", "億", "零", OneBeforeTen.Always, true, true);

    private static readonly CjkSystem CjkJapanese = new(
        ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"], "十", "百", "千", "万", "億", null, OneBeforeTen.Never, false, true);

    private static readonly CjkSystem CjkJapaneseLegal = new(
        ["〇", "壱", "弐", "参", "四", "伍", "六", "七", "八", "九"], "拾", "百", "阡", "萬", "億", null, OneBeforeTen.Always, true, true);

    private static readonly CjkSystem CjkKorean = new(
        ["영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"], "십", "백", "천", "만", "억", null, OneBeforeTen.Never, false, false);

    private static string CjkCounting(int value, CjkSystem sys)
    {
        if (value < 0)
        {
            return Decimal(value);
        }
        if (value == 0)
        {
            return sys.Digits[0];
        }
        var sb = new StringBuilder();
        var zeroPending = false;
        foreach (var (size, unit) in new[] { (100_000_000, sys.HundredMillion), (10_000, sys.Myriad), (1, "") })
        {
            var group = value / size % 10_000;
            if (group == 0)
            {
                zeroPending |= sb.Length > 0;
                continue;
            }
            zeroPending |= sb.Length > 0 && group < 1000;
            if (group == 1 && size > 1 && !sys.OneBeforeMyriad)
            {
                AppendZero(sb, sys, ref zeroPending);
            }
            else
            {
                foreach (var (place, sign) in new[] { (1000, sys.Thousand), (100, sys.Hundred), (10, sys.Ten), (1, "") })
                {
                    var d = group / place % 10;
                    if (d == 0)
                    {
                        zeroPending |= sb.Length > 0;
                        continue;
                    }
                    AppendZero(sb, sys, ref zeroPending);
                    var omitOne = d == 1 && place switch
                    {
                        1 => false,
                        10 => sys.OneBeforeTen == OneBeforeTen.Never || (sys.OneBeforeTen == OneBeforeTen.NotLeading && sb.Length == 0),
                        _ => !sys.OneBeforeHundredAndThousand,
                    };
                    if (!omitOne)
                    {
                        sb.Append(sys.Digits[d]);
                    }
                    sb.Append(sign);
                }
            }
            sb.Append(unit);
            // zeros at the end of a group are covered by its unit sign
            zeroPending = false;
        }
        return sb.ToString();
    }

    private static void AppendZero(StringBuilder sb, CjkSystem sys, ref bool zeroPending)
    {
        if (zeroPending && sb.Length > 0 && sys.Zero is not null)
        {
            sb.Append(sys.Zero);
        }
        zeroPending = false;
    }

    private static string KoreanNative(int value)
    {
        if (value is < 1 or > 99)
        {
            return CjkCounting(value, CjkKorean);
        }
        string[] ones = ["", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"];
        string[] tens = ["", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"];
        return tens[value / 10] + ones[value % 10];
    }

    private static readonly string[] Ganada = ["가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타", "파", "하"];

    private static readonly string[] Chosung = ["ㄱ", "ㄴ", "ㄷ", "ㄹ", "ㅁ", "ㅂ", "ㅅ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"];

    private const string AiueoFull = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

    private const string AiueoHalf = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ";

    private const string IrohaFull = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン";

    private const string IrohaHalf = "ｲﾛﾊﾆﾎﾍﾄﾁﾘﾇﾙｦﾜｶﾖﾀﾚｿﾂﾈﾅﾗﾑｳヰﾉｵｸﾔﾏｹﾌｺｴﾃｱｻｷﾕﾒﾐｼヱﾋﾓｾｽﾝ";

    // Word's Russian letter sequence leaves out ё, й, ъ, ы, ь.
    private const string RussianLower = "абвгдежзиклмнопрстуфхцчшщэюя";

    // numFmt="custom" w:format="001, 002, 003, ...": the first sample's width gives zero padding; other samples, decimal.
    private static string Custom(int value, string? format)
    {
        if (string.IsNullOrWhiteSpace(format))
        {
            return Decimal(value);
        }
        var comma = format.IndexOf(',', 0, Math.Min(format.Length, 2 * MaxLength + 1));
        var end = comma < 0 ? format.Length : comma;
        if (end > 2 * MaxLength)
        {
            return Decimal(value); // no sample that long fits in MaxLength (checked before it is copied for every paragraph)
        }
        var sample = format[..end].Trim();
        if (sample.Length > 1 && sample.All(c => c is >= '0' and <= '9') && sample[0] == '0' && value >= 0)
        {
            return value.ToString(new string('0', sample.Length), CultureInfo.InvariantCulture);
        }
        if (sample.Length > 0 && sample.All(c => c is >= '\uFF10' and <= '\uFF19'))
        {
            var width = sample.Length;
            return MapDigits(value, '\uFF10').PadLeft(width, '\uFF10');
        }
        return Decimal(value);
    }
}
