package nianbao.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the element of a web page that holds the report itself: the nearest common ancestor of its statistics tables
 * and its section headings, so that the site's menus, breadcrumbs and footer are left out.
 */
final class ContentRoot {
    private static final String[] HEADINGS = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
            "存在的主要问题", "其他需要报告的事项"};

    private ContentRoot() {
    }

    static Element find(Document doc) {
        List<Element> anchors = new ArrayList<>();
        for (Element table : doc.select("table")) {
            String text = table.text();
            if (text.contains("信息内容") || text.contains("申请人情况") || text.contains("行政复议")) {
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
