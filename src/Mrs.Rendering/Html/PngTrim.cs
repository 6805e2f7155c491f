using System.Buffers.Binary;
using System.IO.Compression;

namespace Mrs.Rendering.Html;

/// <summary>
/// Cuts a PNG down to what is drawn on it: LibreOffice converts a picture by drawing it on a whole page, and the web
/// edition wants the picture. Reads 8-bit RGB and RGBA PNGs without interlacing (what LibreOffice writes); anything
/// else is returned as it is. The trimmed picture keeps a small white margin and is written the same way every time.
/// </summary>
public static class PngTrim
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private const int Margin = 4;

    public static byte[] Trim(byte[] png)
    {
        try
        {
            return TrimOrNull(png) ?? png;
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return png;
        }
    }

    private static byte[]? TrimOrNull(byte[] png)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            return null;
        }
        int width = 0, height = 0, colorType = -1;
        using var idat = new MemoryStream();
        var at = 8;
        while (at + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (length < 0 || at + 12 + length > png.Length)
            {
                return null;
            }
            var data = png.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    if (data[8] != 8 || data[12] != 0 || data[10] != 0 || data[11] != 0)
                    {
                        return null; // not 8-bit, or interlaced
                    }
                    colorType = data[9];
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }
            at += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }
        var channels = colorType switch { 6 => 4, 2 => 3, _ => 0 };
        if (channels == 0 || width <= 0 || height <= 0 || (long)width * height > 64L * 1024 * 1024)
        {
            return null;
        }
        var stride = width * channels;
        var pixels = new byte[(long)stride * height];
        idat.Position = 0;
        using (var inflate = new ZLibStream(idat, CompressionMode.Decompress))
        {
            var previous = new byte[stride];
            var row = new byte[stride];
            for (var y = 0; y < height; y++)
            {
                var filter = inflate.ReadByte();
                inflate.ReadExactly(row);
                Unfilter(filter, row, previous, channels);
                row.CopyTo(pixels, (long)y * stride);
                (previous, row) = (row, previous);
            }
        }
        int left = width, right = -1, top = height, bottom = -1;
        for (var y = 0; y < height; y++)
        {
            var offset = (long)y * stride;
            for (var x = 0; x < width; x++)
            {
                var p = offset + x * channels;
                var transparent = channels == 4 && pixels[p + 3] < 8;
                var white = pixels[p] >= 250 && pixels[p + 1] >= 250 && pixels[p + 2] >= 250;
                if (!transparent && !white)
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }
        }
        if (right < 0)
        {
            return null; // nothing drawn: keep the page
        }
        left = Math.Max(0, left - Margin);
        top = Math.Max(0, top - Margin);
        right = Math.Min(width - 1, right + Margin);
        bottom = Math.Min(height - 1, bottom + Margin);
        return Encode(pixels, stride, channels, colorType, left, top, right - left + 1, bottom - top + 1);
    }

    private static void Unfilter(int filter, byte[] row, byte[] previous, int bpp)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int a = i >= bpp ? row[i - bpp] : 0, b = previous[i], c = i >= bpp ? previous[i - bpp] : 0;
            row[i] = filter switch
            {
                0 => row[i],
                1 => (byte)(row[i] + a),
                2 => (byte)(row[i] + b),
                3 => (byte)(row[i] + ((a + b) >> 1)),
                4 => (byte)(row[i] + Paeth(a, b, c)),
                _ => throw new InvalidDataException("unknown PNG filter"),
            };
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Encode(byte[] pixels, int stride, int channels, int colorType, int left, int top, int width, int height)
    {
        using var raw = new MemoryStream();
        using (var deflate = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                deflate.WriteByte(0);
                deflate.Write(pixels, (top + y) * stride + left * channels, width * channels);
            }
        }
        using var png = new MemoryStream();
        png.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = (byte)colorType;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        png.Write(four);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = Crc32(typeBytes, 0xFFFFFFFFu);
        crc = Crc32(data, crc) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(four, crc);
        png.Write(four);
    }

    private static readonly uint[] CrcTable = MakeCrcTable();

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }

    private static uint Crc32(byte[] data, uint crc)
    {
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc;
    }
}
