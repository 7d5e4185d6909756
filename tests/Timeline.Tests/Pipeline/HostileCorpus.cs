using System.Diagnostics;
using System.Text;

namespace Timeline.Tests.Pipeline;

/// <summary>
/// Every row of the robustness issue that is an input file, written beside an article folder: huge, stop-less,
/// nested, aliased, mis-encoded, mis-dated, empty, linked out, a pipe. Shared with the benchmark 'hostile'.
/// </summary>
public static class HostileCorpus
{
    private static readonly string[] Words = ["the", "minister", "said", "on", "Monday", "talks", "in", "March", "2023", "met"];

    /// <summary>Writes every hostile file into <paramref name="input"/>; returns the names that must get a diagnostic.</summary>
    public static List<string> WriteTo(string input)
    {
        var random = new Random(15);
        void Write(string name, string text) => File.WriteAllText(Path.Combine(input, name), text, new UTF8Encoding(false));
        void WriteBytes(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(input, name), bytes);
        var stopless = string.Join(' ', Enumerable.Range(0, 16000).Select(_ => Words[random.Next(Words.Length)]));

        Write("huge.txt", "Huge\n\n" + string.Concat(Enumerable.Repeat("The minister met officials in Minsk on Monday. ", 450_000)));
        Write("stopless.txt", "Stopless\n\n" + stopless);
        Write("deep-markdown.md", "---\ntitle: Deep\ndate: 2023-08-18\n---\n" + string.Concat(Enumerable.Repeat("> ", 5000)) + "text\n" + new string('*', 5000) + "x\n");
        Write("deep-front-matter.md", "---\ntitle: " + new string('[', 100_000) + "\n---\nBody.\n");
        Write("alias-bomb.md", "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n? *c\n: x\ntitle: Bomb\n---\nBody.\n");
        Write("dom.html", "<html><head><title>Dom</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Li Shangfu arrived in Minsk on Monday." + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>");
        Write("far-future.md", "---\ntitle: Far\ndate: 9999-12-31\n---\nLi Shangfu arrived in Minsk on Monday.\n");
        Write("ancient.md", "---\ntitle: Old\ndate: 0001-01-01\n---\nLi Shangfu arrived in Minsk yesterday.\n");
        Write(new string('a', 246) + ".md", "---\ntitle: Long name\ndate: 2023-08-18\n---\nLi Shangfu arrived in Minsk on Monday.\n");
        Write("control.md", "---\ntitle: \"Con\\x01trol \\x1b[31m\"\ndate: 2023-08-18\n---\nLi Shangfu\u0001 arrived in Minsk\u001b on Monday.\uFFFE\n");
        Write("xss.md", "---\ntitle: \"<script>alert(1)</script>\"\ndate: 2023-08-18\nurl: \"javascript:alert(1)\"\n---\n<img src=x onerror=alert(1)> Li Shangfu arrived in Minsk on Monday.\n");
        Write("bad-date.md", "---\ntitle: Bad date\ndate: 2023-02-30\n---\nBody.\n");
        Write("unclosed.md", "---\ntitle: [Unclosed\ndate: 2023-08-18\nBody without the end of its front matter.\n");
        Write("empty.md", "");
        WriteBytes("binary.txt", [.. Enumerable.Range(0, 5000).Select(_ => (byte)random.Next(256))]);
        WriteBytes("invalid-utf8.txt", [.. "Title\n\nLi Shangfu "u8, 0xFF, 0xFE, .. " arrived in Minsk on Monday.\n"u8]);
        WriteBytes("utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Title\n\nLi Shangfu arrived in Minsk on Monday.\n")).ToArray());
        File.CreateSymbolicLink(Path.Combine(input, "zero.md"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(input, "passwd.txt"), "/etc/passwd");
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(input, "fifo.md")]))
        {
            mkfifo.WaitForExit();
        }

        return
        [
            "huge.txt", "deep-markdown.md", "deep-front-matter.md", "alias-bomb.md", "dom.html", "far-future.md", "ancient.md",
            "bad-date.md", "unclosed.md", "empty.md", "binary.txt", "invalid-utf8.txt", "utf16.txt", "zero.md", "passwd.txt", "fifo.md",
        ];
    }
}
