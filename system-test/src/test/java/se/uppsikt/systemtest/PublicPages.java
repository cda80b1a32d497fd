package se.uppsikt.systemtest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;

/**
 * The public pages as a member of the public sees them: Debian's Chromium driven by Playwright, a full-page
 * screenshot each, and axe-core checking WCAG 2.1 AA, which DOS-lagen (2018:1937) requires of public-sector sites.
 */
final class PublicPages implements AutoCloseable {

    /** axe-core's tags for WCAG 2.0 and 2.1, levels A and AA. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");

    private final Playwright playwright;
    private final Browser browser;
    private final Path screenshots;

    private PublicPages(Playwright playwright, Browser browser, Path screenshots) {
        this.playwright = playwright;
        this.browser = browser;
        this.screenshots = screenshots;
    }

    /** Opens Debian's Chromium; Playwright's own browser download is switched off. */
    static PublicPages open(Path screenshots) throws Exception {
        Path chromium = chromium().orElseThrow(() -> new IllegalStateException(
                "no 'chromium' on PATH; install Debian's: apt-get install -y chromium"));
        Files.createDirectories(screenshots);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run")));
            return new PublicPages(playwright, browser, screenshots);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** What one page showed: its HTTP status, visible text, screenshot and the blocking axe violations. */
    record Visit(int status, String text, Path screenshot, List<String> blockingViolations, int violationsTotal) {
    }

    Visit visit(String url, String name) {
        try (Page page = browser.newPage(new Browser.NewPageOptions().setLocale("sv-SE"))) {
            Response response = page.navigate(url);
            Path shot = screenshots.resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
            List<String> blocking = results.getViolations().stream()
                    .filter(rule -> BLOCKING.contains(String.valueOf(rule.getImpact()).toLowerCase(Locale.ROOT)))
                    .map(PublicPages::describe)
                    .toList();
            return new Visit(response == null ? 0 : response.status(), page.innerText("body"), shot, blocking,
                    results.getViolations().size());
        }
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().map(PublicPages::describe).collect(Collectors.joining("; "));
        return rule.getId() + " (" + rule.getImpact() + ", " + rule.getHelp() + "): " + nodes;
    }

    private static String describe(CheckedNode node) {
        return node.getTarget() + " " + node.getHtml();
    }

    private static Optional<Path> chromium() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "chromium"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
