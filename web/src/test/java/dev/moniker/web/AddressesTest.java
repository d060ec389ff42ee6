package dev.moniker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moniker.MonikerException;
import dev.moniker.search.SearchRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small parts the pages share: addresses in and out, and highlighted passages. */
class AddressesTest {

  @Test
  void marksSplitIntoEscapableRuns() {
    assertEquals(
        List.of(
            new Views.Part("met ", false), new Views.Part("Kim Jong Un", true), new Views.Part(" & <b>", false)),
        Marks.parts("met <mark>Kim Jong Un</mark> & <b>"));
    assertEquals(List.of(new Views.Part("<mark>unclosed", false)), Marks.parts("<mark>unclosed"));
  }

  @Test
  void onlyHttpAddressesBecomeLinks() {
    assertEquals("https://example.org/a?b=c", Links.external("https://example.org/a?b=c"));
    assertNull(Links.external("javascript:alert(1)"));
    assertNull(Links.external(" JaVaScRiPt:alert(1)"));
    assertNull(Links.external("data:text/html,<script>"));
    assertNull(Links.external("//example.org/no-scheme"));
    assertNull(Links.external("http://"));
    assertEquals("/entity/person/Kim%20Jong-un", Links.entity("person", "Kim Jong-un"));
    assertEquals("/entity/org/A%2FB%20%26%20C", Links.entity("org", "A/B & C"));
  }

  @Test
  void searchAddressesRoundTrip() {
    SearchParams p =
        SearchParams.of(Request.of("/", "q=Kim+Jong+Un&filter=person%3AMoon+Jae-in&date=2018-01-01..2018-12-31&sort=newest&page=2"));
    assertEquals("(Kim Jong Un) AND date:[2018-01-01 TO 2018-12-31]", p.queryText());
    assertEquals(SearchRequest.Sort.NEWEST, p.sort());
    SearchRequest r = p.request(5);
    assertEquals(10, r.offset());
    assertEquals(1, r.filters().size());
    assertEquals(
        "/?q=Kim+Jong+Un&filter=person%3AMoon+Jae-in&date=2018-01-01..2018-12-31&sort=newest&page=2", p.href());
    assertEquals("/?q=Kim+Jong+Un&date=2018-01-01..2018-12-31&sort=newest", p.withoutFilter("person:Moon Jae-in").href());
    assertEquals(p, SearchParams.of(Request.of("/", p.href().substring(2))));
    assertThrows(MonikerException.class, () -> SearchParams.of(Request.of("/", "date=2018")));
    assertThrows(MonikerException.class, () -> SearchParams.of(Request.of("/", "sort=random")));
    assertThrows(MonikerException.class, () -> SearchParams.of(Request.of("/", "page=x")));
    assertThrows(MonikerException.class, () -> Request.of("/", "q=%E0%A4%A"));
    assertEquals("/entity/person/A+B", Request.of("/entity/person/A+B", null).path());
  }
}
