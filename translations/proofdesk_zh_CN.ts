<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionCollection</name>
    <message>
        <location filename="../desktop/actions.py" line="97"/>
        <source>&amp;Import files…</source>
        <extracomment>name -&gt; (shortcuts, context). Context &quot;window&quot; works anywhere in the window; &quot;facts&quot;, &quot;flags&quot; and &quot;find&quot; only while that widget has focus (so Enter and Delete keep their meaning in the text).</extracomment>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="98"/>
        <source>Import a &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="99"/>
        <source>&amp;Paste as new page</source>
        <translation>粘贴为新版面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="100"/>
        <source>Publication &amp;date…</source>
        <translation>出版日期(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="102"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="103"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="104"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="105"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="106"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="107"/>
        <source>Re-&amp;analyse story</source>
        <translation>重新分析稿件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="108"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="109"/>
        <source>&amp;Next fact</source>
        <translation>下一个事实(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="110"/>
        <source>&amp;Previous fact</source>
        <translation>上一个事实(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="111"/>
        <source>&amp;Verify fact</source>
        <translation>核实事实(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="112"/>
        <source>&amp;Reject fact</source>
        <translation>否定事实(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="113"/>
        <source>&amp;Edit value</source>
        <translation>编辑规范值(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="114"/>
        <source>&amp;Next flag</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="115"/>
        <source>&amp;Previous flag</source>
        <translation>上一个问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="116"/>
        <source>&amp;Confirm flag</source>
        <translation>确认问题(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="117"/>
        <source>&amp;Dismiss flag…</source>
        <translation>驳回问题(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="118"/>
        <source>&amp;Apply fix</source>
        <translation>应用修改(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="119"/>
        <source>&amp;Sign story off</source>
        <translation>稿件签发(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="120"/>
        <source>&amp;Next story</source>
        <translation>下一篇稿件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="121"/>
        <source>&amp;Previous story</source>
        <translation>上一篇稿件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="122"/>
        <source>Go to &amp;text</source>
        <translation>转到正文(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="123"/>
        <source>Go to f&amp;acts</source>
        <translation>转到事实表(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="124"/>
        <source>Go to f&amp;lags</source>
        <translation>转到问题列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="125"/>
        <source>Go to s&amp;tories</source>
        <translation>转到稿件列表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="126"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="127"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="128"/>
        <source>&amp;Reset zoom</source>
        <translation>还原大小(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="129"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="130"/>
        <source>&amp;About Proofdesk</source>
        <translation>关于校对台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="142"/>
        <source>anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="142"/>
        <source>in the fact sheet</source>
        <translation>事实表中</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="143"/>
        <source>in the flag list</source>
        <translation>问题列表中</translation>
    </message>
    <message>
        <location filename="../desktop/actions.py" line="143"/>
        <source>in the find bar</source>
        <translation>查找栏中</translation>
    </message>
</context>
<context>
    <name>AnnotationBench</name>
    <message>
        <location filename="../desktop/annotator/bench.py" line="116"/>
        <source>Accept all visible %1</source>
        <translation>核实全部可见的 %1</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/bench.py" line="131"/>
        <source>Mark %1</source>
        <translation>标为 %1</translation>
    </message>
</context>
<context>
    <name>AnnotatorTools</name>
    <message>
        <location filename="../desktop/annotator/tools.py" line="120"/>
        <source>&amp;Annotation keys (1–7 label, L link)</source>
        <extracomment>name -&gt; shortcut (None: none). Free of every shortcut of desktop/actions.py; the texts are set in ``AnnotatorTools.retranslate`` (literal ``tr`` calls, so lupdate finds them). The article view&apos;s layer that shows link mode (above the selection, below search hits). Settings key of the annotation-keys switch (off by default: proofreaders type digits).</extracomment>
        <translation>标注键（1–7 标类别，L 关联）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="121"/>
        <source>&amp;Link person to title</source>
        <translation>关联人物与职务(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="122"/>
        <source>&amp;Search the store…</source>
        <translation>全库检索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="123"/>
        <source>&amp;Export and import…</source>
        <translation>导出与导入(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="124"/>
        <source>People &amp;registry…</source>
        <translation>人物职务库(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="125"/>
        <source>&amp;Compare with another annotator…</source>
        <translation>与其他标注员比对(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="126"/>
        <source>Annotator &amp;name…</source>
        <translation>标注员姓名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="130"/>
        <source>A&amp;nnotate</source>
        <translation>标注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="131"/>
        <source>Facts by kind and status</source>
        <translation>事实（按类别、状态）</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="132"/>
        <source>Links</source>
        <translation>人物职务关联</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="133"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="142"/>
        <source>anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="146"/>
        <source>in the story text, annotation keys on</source>
        <translation>稿件正文中，标注键开启时</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="148"/>
        <source>Mark the selection as a fact (or relabel the current fact)</source>
        <translation>把选中文字标为事实（或改标当前事实）</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="149"/>
        <source>Grow / shrink the current fact at its end</source>
        <translation>当前事实末端扩一字 / 缩一字</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="150"/>
        <source>Grow / shrink the current fact at its start</source>
        <translation>当前事实开头扩一字 / 缩一字</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="151"/>
        <source>Remove the current fact</source>
        <translation>删除当前事实</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="152"/>
        <source>Link the person to a title: next, previous, link, cancel</source>
        <translation>关联人物与职务：下一个、上一个、关联、取消</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="280"/>
        <source>annotation</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/tools.py" line="312"/>
        <source>Link %1 → %2 · Tab/arrows: next title · Enter: link · Esc: cancel</source>
        <translation>关联 %1 → %2 · Tab/方向键：换职务 · Enter：关联 · Esc：取消</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="193"/>
        <source>Compare and adjudicate</source>
        <translation>比对与裁定</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="210"/>
        <source>Open other store…</source>
        <translation>打开另一个数据库…</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="212"/>
        <source>Adopt A (mine)</source>
        <translation>采用 A（我的）</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="213"/>
        <source>Adopt B (theirs)</source>
        <translation>采用 B（对方的）</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="214"/>
        <source>Undecided</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="218"/>
        <source>Write merged store…</source>
        <translation>写出合并数据库…</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="262"/>
        <source>A (mine): %1
B (theirs): %2</source>
        <translation>A（我的）：%1
B（对方的）：%2</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="265"/>
        <source>%1 shared stories · Cohen&apos;s κ on %2 characters: %3 · span F1: %4 · %5 disagreements</source>
        <translation>共同稿件 %1 篇 · %2 字的 Cohen κ：%3 · 片段 F1：%4 · 分歧 %5 处</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="326"/>
        <source>Another annotator&apos;s store</source>
        <translation>另一位标注员的数据库</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="327"/>
        <source>Proofdesk store (*.db *.sqlite);;All files (*)</source>
        <translation>校对台数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="339"/>
        <source>Write merged store</source>
        <translation>写出合并数据库</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="340"/>
        <source>Proofdesk store (*.db)</source>
        <translation>校对台数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/compare_dialog.py" line="347"/>
        <source>Merged into %1: %2</source>
        <translation>已合并到 %1：%2</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../desktop/dialogs.py" line="79"/>
        <source>Publication date</source>
        <translation>出版日期</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs.py" line="81"/>
        <source>Inferred from the text.</source>
        <translation>由正文推断。</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs.py" line="81"/>
        <source>Set by hand.</source>
        <translation>手工设定。</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="61"/>
        <source>Export and import</source>
        <extracomment>(format id, label, file filter; None: a folder). Formats whose files carry pre-annotations the store can import onto stories.</extracomment>
        <translation>导出与导入</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="68"/>
        <source>Verified only (signed-off stories, verified facts)</source>
        <translation>仅限已核实（已签发稿件、已核实事实）</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="79"/>
        <location filename="../desktop/annotator/exchange_dialog.py" line="102"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="84"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="88"/>
        <location filename="../desktop/annotator/exchange_dialog.py" line="111"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="90"/>
        <source>Fact kinds</source>
        <translation>事实类别</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="91"/>
        <source>To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="93"/>
        <source>Export (offsets in code points of each story&apos;s text)</source>
        <translation>导出（偏移量按各稿正文的码位计）</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="107"/>
        <location filename="../desktop/annotator/exchange_dialog.py" line="199"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="112"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="114"/>
        <source>Import pre-annotations</source>
        <translation>导入预标注</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="153"/>
        <source>Wrote %1 stories to %2</source>
        <translation>已把 %1 篇稿件写入 %2</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="173"/>
        <source>Imported %1 pages from %2</source>
        <translation>已从 %2 导入 %1 个版面</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="175"/>
        <source>%1 stories were already in the store: %2 facts attached, %3 updated, %4 already there, %5 left as a person decided</source>
        <translation>%1 篇稿件库中已有：附加 %2 条事实，更新 %3 条，已存在 %4 条，按人工决定保留 %5 条</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="190"/>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="192"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/exchange_dialog.py" line="218"/>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
</context>
<context>
    <name>FactModel</name>
    <message>
        <location filename="../desktop/fact_model.py" line="42"/>
        <source>Text</source>
        <extracomment>Group order on the sheet (people first, their titles under them).</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="42"/>
        <source>Value</source>
        <translation>规范值</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="46"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="46"/>
        <source>Titles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="46"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="47"/>
        <source>Durations</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="47"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="48"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="48"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="55"/>
        <source>unchecked</source>
        <translation>未核</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="55"/>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="56"/>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="56"/>
        <source>rejected</source>
        <translation>已否定</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="57"/>
        <source>needs check</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="140"/>
        <source>%1 %2</source>
        <comment>a count, then a fact status</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="156"/>
        <source>%1: %2 mentions</source>
        <translation>%1：文中出现 %2 次</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="177"/>
        <source>Mentions (%1)</source>
        <translation>出现位置（%1）</translation>
    </message>
</context>
<context>
    <name>FlagModel</name>
    <message>
        <location filename="../desktop/flag_model.py" line="51"/>
        <source>Severity</source>
        <extracomment>Rule families about form (punctuation, script, doubled characters, numeral style) come after the facts within one severity: a contradiction matters more than a comma.</extracomment>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../desktop/flag_model.py" line="51"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../desktop/flag_model.py" line="51"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../desktop/flag_model.py" line="51"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../desktop/flag_model.py" line="55"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../desktop/flag_model.py" line="55"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../desktop/flag_model.py" line="55"/>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../desktop/flag_model.py" line="60"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../desktop/flag_model.py" line="60"/>
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../desktop/flag_model.py" line="61"/>
        <source>fixed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../desktop/flag_model.py" line="140"/>
        <source>%1 places</source>
        <translation>%1 处</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../desktop/annotator/link_mode.py" line="258"/>
        <source>Remove link</source>
        <translation>解除关联</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/main_window.py" line="226"/>
        <source>person</source>
        <extracomment>Above this many facts the fact sheet skips expand-all and column fitting (both walk every row).</extracomment>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="226"/>
        <source>title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="226"/>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="227"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="227"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="227"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="228"/>
        <source>figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="232"/>
        <source>Proofdesk</source>
        <translation>校对台</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="234"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="234"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="234"/>
        <source>F&amp;act</source>
        <translation>事实(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="235"/>
        <source>F&amp;lag</source>
        <translation>问题(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="235"/>
        <source>&amp;Story</source>
        <translation>稿件(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="235"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="236"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="239"/>
        <source>Stories</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="240"/>
        <source>Fact sheet</source>
        <translation>事实表</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="241"/>
        <source>Flags</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="242"/>
        <source>Find in the story…</source>
        <translation>在稿件中查找…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="244"/>
        <source>No story open. Import copy with Ctrl+O (files) or Ctrl+Shift+O (a folder), drop files here, or paste a page with Ctrl+Shift+V.</source>
        <translation>尚未打开稿件。按 Ctrl+O 导入文件、Ctrl+Shift+O 导入文件夹，或把文件拖到这里，也可以按 Ctrl+Shift+V 粘贴一个版面。</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="246"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="251"/>
        <source>flagged</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="258"/>
        <location filename="../desktop/main_window.py" line="403"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="259"/>
        <source>No changes yet</source>
        <translation>尚无改动</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="286"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="409"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>PagesMixin</name>
    <message>
        <location filename="../desktop/pages.py" line="33"/>
        <source>Loading the dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="38"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="43"/>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="49"/>
        <source>Import copy</source>
        <translation>导入稿件</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="50"/>
        <source>Copy (*.txt *.docx);;All files (*)</source>
        <translation>稿件 (*.txt *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="58"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="69"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="72"/>
        <source>Pasted %1</source>
        <translation>粘贴于 %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="87"/>
        <source>Dropped text</source>
        <translation>拖入的文本</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="106"/>
        <location filename="../desktop/pages.py" line="126"/>
        <source>Re-analysing…</source>
        <translation>正在重新分析…</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="178"/>
        <source>Some files were not imported</source>
        <translation>部分文件未能导入</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="185"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="187"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>PrefsMixin</name>
    <message>
        <location filename="../desktop/prefs.py" line="98"/>
        <source>About Proofdesk</source>
        <translation>关于校对台</translation>
    </message>
    <message>
        <location filename="../desktop/prefs.py" line="99"/>
        <source>Proofdesk (校对台): checks the facts of Chinese newspaper copy.
Store: %1</source>
        <translation>校对台：核对中文报纸稿件中的事实。
数据库：%1</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <location filename="../desktop/annotator/progress.py" line="147"/>
        <source>%1 of %2 facts verified</source>
        <translation>已核实 %1/%2 个事实</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/progress.py" line="149"/>
        <source>Overall: %1 of %2 facts verified (%3%), %4 open flags, %5 of %6 stories signed off</source>
        <translation>合计：已核实 %1/%2 个事实（%3%），未处理问题 %4 个，已签发 %5/%6 篇稿件</translation>
    </message>
</context>
<context>
    <name>RegistryDialog</name>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="128"/>
        <source>People registry</source>
        <extracomment>Registry fields in column order (the store&apos;s CSV columns).</extracomment>
        <translation>人物职务库</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="136"/>
        <source>Filter by name, title or organisation</source>
        <translation>按姓名、职务或机构筛选</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="158"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="159"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="160"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="165"/>
        <source>From – to</source>
        <translation>任职期间</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="166"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="171"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="173"/>
        <source>Delete the selected rows (Del)</source>
        <translation>删除选中的行（Del）</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="178"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="179"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="205"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="262"/>
        <source>Delete %1 registry row(s)? (%2)</source>
        <translation>从人物职务库删除 %1 行？（%2）</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="283"/>
        <source>Import registry</source>
        <translation>导入人物职务库</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/registry_dialog.py" line="292"/>
        <source>Export registry</source>
        <translation>导出人物职务库</translation>
    </message>
</context>
<context>
    <name>ReviewMixin</name>
    <message>
        <location filename="../desktop/review.py" line="159"/>
        <source>Fix: %1</source>
        <translation>修改方案：%1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="174"/>
        <source>Correct %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="220"/>
        <source>Verify %1</source>
        <translation>核实 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="225"/>
        <source>Reject %1</source>
        <translation>否定 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="270"/>
        <source>Confirm flag %1</source>
        <translation>确认问题 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="275"/>
        <source>Dismiss flag</source>
        <translation>驳回问题</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="276"/>
        <source>Why is this not an error?</source>
        <translation>为什么这不是错误？</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="287"/>
        <source>A dismissed flag needs a reason.</source>
        <translation>驳回问题须说明理由。</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="290"/>
        <source>Dismiss flag %1</source>
        <translation>驳回问题 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="298"/>
        <source>This flag has no automatic fix.</source>
        <translation>此问题没有自动修改方案。</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="305"/>
        <source>Fix %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="312"/>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="326"/>
        <source>Sign off</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="328"/>
        <source>Story signed off.</source>
        <translation>稿件已签发。</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="329"/>
        <source>Story signed off with %1 open flags.</source>
        <translation>稿件已签发，尚有 %1 个未处理问题。</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="372"/>
        <source>%1 found</source>
        <translation>找到 %1 处</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../desktop/annotator/search_dialog.py" line="42"/>
        <source>Search the store</source>
        <translation>全库检索</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/search_dialog.py" line="46"/>
        <source>Text, name or title — 3+ characters use the full-text index</source>
        <translation>正文、姓名或职务（3 字及以上用全文索引）</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/search_dialog.py" line="49"/>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/search_dialog.py" line="70"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/annotator/search_dialog.py" line="96"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/annotator/search_dialog.py" line="98"/>
        <source>No hits</source>
        <translation>没有结果</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../desktop/session.py" line="89"/>
        <source>value</source>
        <translation>规范值</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="91"/>
        <location filename="../desktop/session.py" line="96"/>
        <location filename="../desktop/session.py" line="142"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="106"/>
        <source>decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="114"/>
        <source>story status</source>
        <translation>稿件状态</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="128"/>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="139"/>
        <source>fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="163"/>
        <source>page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="169"/>
        <source>publication date</source>
        <translation>出版日期</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="174"/>
        <source>analysis</source>
        <translation>分析结果</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/dialogs.py" line="51"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs.py" line="54"/>
        <location filename="../desktop/dialogs.py" line="58"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs.py" line="58"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs.py" line="58"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs.py" line="61"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs.py" line="62"/>
        <source>Theme</source>
        <translation>配色</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../desktop/dialogs.py" line="28"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs.py" line="31"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs.py" line="31"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs.py" line="31"/>
        <source>Where</source>
        <translation>适用范围</translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <location filename="../desktop/models.py" line="132"/>
        <source>Story</source>
        <extracomment>The roles these models answer; data() returns None for any other at once.</extracomment>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../desktop/models.py" line="132"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../desktop/models.py" line="132"/>
        <source>Flags</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../desktop/models.py" line="136"/>
        <source>new</source>
        <translation>新稿</translation>
    </message>
    <message>
        <location filename="../desktop/models.py" line="136"/>
        <source>in progress</source>
        <translation>校对中</translation>
    </message>
    <message>
        <location filename="../desktop/models.py" line="137"/>
        <source>signed off</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location filename="../desktop/models.py" line="164"/>
        <source>Publication date %1 (%2)</source>
        <translation>出版日期 %1（%2）</translation>
    </message>
    <message>
        <location filename="../desktop/models.py" line="165"/>
        <source>inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <location filename="../desktop/models.py" line="165"/>
        <source>set by hand</source>
        <translation>手工设定</translation>
    </message>
    <message>
        <location filename="../desktop/models.py" line="169"/>
        <source>Story %1</source>
        <translation>第 %1 篇</translation>
    </message>
</context>
<context>
    <name>annotator</name>
    <message>
        <location filename="../desktop/annotator/identity.py" line="58"/>
        <source>Annotator</source>
        <extracomment>Settings key, version-suffixed so a later format can live beside this one.</extracomment>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/identity.py" line="59"/>
        <source>Your name, stored with every decision you make (for agreement between annotators):</source>
        <translation>你的姓名，随你的每项决定一并记录（供标注员之间比对一致性）：</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="54"/>
        <source>Kind</source>
        <extracomment>the row&apos;s record (a store dataclass) id of the row&apos;s fact fact kind auto | verified | corrected | rejected | needs_check auto | human id of the row&apos;s relation the cell&apos;s raw value (numbers sort as numbers) Statuses a person gave (the fact looks &quot;done&quot;); everything else is still the machine&apos;s. Statuses &quot;accept all visible&quot; turns into verified. Statuses in words (translated when shown).</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="54"/>
        <source>Text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="55"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="56"/>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="56"/>
        <source>End</source>
        <translation>终点</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="57"/>
        <source>Value</source>
        <translation>规范值</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="57"/>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="58"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="58"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="59"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="59"/>
        <source>Snippet</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="60"/>
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="60"/>
        <source>Both</source>
        <translation>双方</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="61"/>
        <source>Adopt</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="61"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="62"/>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="62"/>
        <source>Open flags</source>
        <translation>未处理问题</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="63"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="63"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="64"/>
        <source>From</source>
        <translation>任职起</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="64"/>
        <source>To</source>
        <translation>任职止</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="65"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="65"/>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="66"/>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="66"/>
        <source>rejected</source>
        <translation>已否定</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="67"/>
        <source>needs check</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="67"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="68"/>
        <source>human</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="68"/>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="69"/>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="69"/>
        <source>title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="70"/>
        <source>org</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="70"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="71"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="71"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="72"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="73"/>
        <source>automatic, not yet verified</source>
        <translation>自动抽取，尚未核实</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="74"/>
        <source>verified by %s</source>
        <translation>%s 已核实</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="75"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="75"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="76"/>
        <source>Automatic (to check)</source>
        <translation>自动（待核）</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="77"/>
        <source>Verified or corrected</source>
        <translation>已核实或已更正</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="78"/>
        <source>Needs check</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="78"/>
        <source>Rejected</source>
        <translation>已否定</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="79"/>
        <source>Accept all visible: %1</source>
        <translation>核实全部可见：%1</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="80"/>
        <source>Accept all visible (choose a kind)</source>
        <translation>核实全部可见（先选类别）</translation>
    </message>
    <message>
        <location filename="../desktop/annotator/models.py" line="81"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1/%2</translation>
    </message>
</context>
</TS>
