/**
 * A CSL style for the AMA Manual of Style (11th edition) reference list, written for this app:
 * authors as family name and initials (up to six; more become the first three and "et al"),
 * title, italic journal, year;volume(issue):pages, and the DOI. Not a copy of any published style
 * file; it covers the kinds of item this library holds (journal articles, reports, web pages).
 */
export const AMA_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="never">
  <info>
    <title>AMA Manual of Style, 11th edition (Clinician Well-Being Explorer)</title>
    <id>cwb-ama</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <macro name="authors">
    <names variable="author">
      <name name-as-sort-order="all" sort-separator=" " initialize-with="" delimiter=", " delimiter-precedes-last="always"/>
      <substitute><text variable="publisher"/></substitute>
    </names>
  </macro>
  <macro name="source">
    <choose>
      <if type="article-journal">
        <group delimiter=". ">
          <text variable="container-title" font-style="italic"/>
          <group>
            <date variable="issued"><date-part name="year"/></date>
            <text variable="volume" prefix=";"/>
            <text variable="issue" prefix="(" suffix=")"/>
            <text variable="page" prefix=":"/>
          </group>
        </group>
      </if>
      <else>
        <group delimiter=". ">
          <text variable="publisher"/>
          <date variable="issued"><date-part name="year"/></date>
        </group>
      </else>
    </choose>
  </macro>
  <macro name="access">
    <choose>
      <if variable="DOI"><text variable="DOI" prefix="doi:"/></if>
      <else><text variable="URL"/></else>
    </choose>
  </macro>
  <citation>
    <layout delimiter=","><text variable="citation-number"/></layout>
  </citation>
  <bibliography et-al-min="7" et-al-use-first="3" second-field-align="flush">
    <layout>
      <text variable="citation-number" suffix=". "/>
      <group delimiter=". " suffix=".">
        <text macro="authors"/>
        <text variable="title"/>
        <text macro="source"/>
        <text variable="note"/>
      </group>
      <text macro="access" prefix=" "/>
    </layout>
  </bibliography>
</style>`;
