package nianbao.extract;

import nianbao.format.FormWords;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the element of a web page that holds the report itself: the nearest common ancestor of its statistics tables
 * and its section headings, so that the site's menus, breadcrumbs and footer are left out.
 */
final class ContentRoot {
    private static final List<String> TABLE_MARKS = FormWords.tableMarks();
    private static final List<String> HEADINGS = FormWords.sectionTitles();

    private ContentRoot() {
    }

    static Element find(Document doc) {
        List<Element> anchors = new ArrayList<>();
        for (Element table : doc.select("table")) {
            String text = table.text();
            if (TABLE_MARKS.stream().anyMatch(text::contains)) {
                anchors.add(table);
            }
        }
        for (String heading : HEADINGS) {
            for (Element e : doc.getElementsContainingOwnText(heading)) {
                if (e.ownText().strip().length() < 40) {
                    anchors.add(e);
                }
            }
        }
        Element body = doc.body() == null ? doc : doc.body();
        if (anchors.isEmpty()) {
            return body;
        }
        Element root = anchors.get(0);
        for (Element anchor : anchors) {
            root = commonAncestor(root, anchor);
        }
        return root == null ? body : widenToTitle(root);
    }

    /** Takes in the title just above the content when it sits in a sibling (common in portal pages). */
    private static Element widenToTitle(Element root) {
        Element parent = root.parent();
        if (parent != null && parent.text().length() < root.text().length() + 300) {
            return parent;
        }
        return root;
    }

    private static Element commonAncestor(Element a, Element b) {
        List<Element> chain = new ArrayList<>();
        for (Element e = a; e != null; e = e.parent()) {
            chain.add(e);
        }
        for (Element e = b; e != null; e = e.parent()) {
            if (chain.contains(e)) {
                return e;
            }
        }
        return null;
    }
}
