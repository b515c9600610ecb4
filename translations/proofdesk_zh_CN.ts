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
    <name>FactModel</name>
    <message>
        <location filename="../desktop/fact_model.py" line="39"/>
        <source>Text</source>
        <extracomment>Group order on the sheet (people first, their titles under them).</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="39"/>
        <source>Value</source>
        <translation>规范值</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="43"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="43"/>
        <source>Titles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="43"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="44"/>
        <source>Durations</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="44"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="45"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="45"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="52"/>
        <source>unchecked</source>
        <translation>未核</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="52"/>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="53"/>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="53"/>
        <source>rejected</source>
        <translation>已否定</translation>
    </message>
    <message>
        <location filename="../desktop/fact_model.py" line="54"/>
        <source>needs check</source>
        <translation>待复核</translation>
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
        <location filename="../desktop/main_window.py" line="396"/>
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
        <location filename="../desktop/main_window.py" line="402"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>PagesMixin</name>
    <message>
        <location filename="../desktop/pages.py" line="32"/>
        <source>Loading the dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="37"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="42"/>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="48"/>
        <source>Import copy</source>
        <translation>导入稿件</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="49"/>
        <source>Copy (*.txt *.docx);;All files (*)</source>
        <translation>稿件 (*.txt *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="57"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="68"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="71"/>
        <source>Pasted %1</source>
        <translation>粘贴于 %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="86"/>
        <source>Dropped text</source>
        <translation>拖入的文本</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="105"/>
        <location filename="../desktop/pages.py" line="125"/>
        <source>Re-analysing…</source>
        <translation>正在重新分析…</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="171"/>
        <source>Some files were not imported</source>
        <translation>部分文件未能导入</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="178"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../desktop/pages.py" line="180"/>
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
    <name>ReviewMixin</name>
    <message>
        <location filename="../desktop/review.py" line="144"/>
        <source>Fix: %1</source>
        <translation>修改方案：%1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="159"/>
        <source>Correct %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="190"/>
        <source>Verify %1</source>
        <translation>核实 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="195"/>
        <source>Reject %1</source>
        <translation>否定 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="240"/>
        <source>Confirm flag %1</source>
        <translation>确认问题 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="245"/>
        <source>Dismiss flag</source>
        <translation>驳回问题</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="246"/>
        <source>Why is this not an error?</source>
        <translation>为什么这不是错误？</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="257"/>
        <source>A dismissed flag needs a reason.</source>
        <translation>驳回问题须说明理由。</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="260"/>
        <source>Dismiss flag %1</source>
        <translation>驳回问题 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="268"/>
        <source>This flag has no automatic fix.</source>
        <translation>此问题没有自动修改方案。</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="275"/>
        <source>Fix %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="282"/>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="296"/>
        <source>Sign off</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="298"/>
        <source>Story signed off.</source>
        <translation>稿件已签发。</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="299"/>
        <source>Story signed off with %1 open flags.</source>
        <translation>稿件已签发，尚有 %1 个未处理问题。</translation>
    </message>
    <message>
        <location filename="../desktop/review.py" line="342"/>
        <source>%1 found</source>
        <translation>找到 %1 处</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../desktop/session.py" line="92"/>
        <source>value</source>
        <translation>规范值</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="94"/>
        <location filename="../desktop/session.py" line="99"/>
        <location filename="../desktop/session.py" line="145"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="109"/>
        <source>decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="117"/>
        <source>story status</source>
        <translation>稿件状态</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="131"/>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="142"/>
        <source>fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="166"/>
        <source>page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="172"/>
        <source>publication date</source>
        <translation>出版日期</translation>
    </message>
    <message>
        <location filename="../desktop/session.py" line="177"/>
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
</TS>
