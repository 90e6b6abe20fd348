package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.diplograph.ExampleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query UI as a user meets it, in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them): the Fuseki UI lists the dataset, a
 * cookbook query opens in its editor with one click and runs, and an entity page shows its facts.
 * Screenshots go to {@code target/screenshots/}. Skipped when Chromium is not installed.
 */
class QueryUiBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");

    static GraphStore store;
    static SparqlServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: headless Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does it)");
        store = GraphStore.open(ExampleStore.path());
        server = SparqlServer.start(store, 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1100", "--user-data-dir=" + Files.createTempDirectory("diplograph-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    static WebDriverWait waitUpTo(int seconds) { return new WebDriverWait(browser, Duration.ofSeconds(seconds)); }

    static Path screenshot(String name) throws IOException {
        Path file = SHOTS.resolve(name + ".png");
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Test
    void theUiListsTheReadOnlyDataset() throws IOException {
        browser.get(server.base());
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "/diplograph"));
        screenshot("ui-datasets");
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("/diplograph"));
    }

    @Test
    void aCookbookQueryOpensInTheEditorWithOneClickAndRuns() throws IOException {
        browser.get(server.base() + "cookbook");
        screenshot("cookbook");
        WebElement open = browser.findElement(By.cssSelector("li#leaders\\.rq a.open"));
        open.click();
        // the editor shows the query with the prefixes declared
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        waitUpTo(30).until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.querySelector('.yasqe .CodeMirror').CodeMirror.getValue()")).contains("dg:leaderOf"));
        String text = String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.querySelector('.yasqe .CodeMirror').CodeMirror.getValue()"));
        assertTrue(text.contains("PREFIX dg: <https://w3id.org/diplograph/ontology#>"), text);
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "Fumio Kishida"));
        screenshot("ui-query");
        String results = browser.findElement(By.cssSelector(".yasr")).getText();
        assertTrue(results.contains("Japan"), results);
        assertTrue(results.contains("Narendra Modi"), results);
    }

    @Test
    void anEntityPageShowsFactsWithEvidenceAndLinksOn() throws IOException {
        browser.get(server.base() + "id/country/IND");
        assertEquals("India", browser.findElement(By.id("label")).getText());
        screenshot("entity-page");
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("Tensions between India and Pakistan"));
        browser.findElement(By.linkText("Narendra Modi")).click();
        assertEquals("Narendra Modi", browser.findElement(By.id("label")).getText());
    }
}
