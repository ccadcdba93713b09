<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SmartCommunity</name>
    <message>
      <source>Smart Community Planner needs {}. In QGIS, click Install in the message bar: it runs pip install {} into the plugin's own folder {} and leaves QGIS's Python unchanged. By hand: {}; then restart QGIS.</source>
      <translation>智慧社区规划工作台需要 {}。在 QGIS 中点击消息栏里的“安装”：它把 pip install {} 安装到插件自己的文件夹 {}，QGIS 自带的 Python 保持不变。手动安装：{}；然后重启 QGIS。</translation>
    </message>
    <message>
      <source>pip must be installed for QGIS's Python (Debian, Ubuntu: sudo apt install python3-pip).</source>
      <translation>QGIS 所用的 Python 需要装有 pip（Debian、Ubuntu：sudo apt install python3-pip）。</translation>
    </message>
    <message>
      <source>Apply planning styles and forms</source>
      <translation>应用规划样式与表单</translation>
    </message>
    <message>
      <source>No vector layers to style: add the plan's layers to the project first.</source>
      <translation>没有可应用样式的矢量图层：请先将规划方案的图层加入项目。</translation>
    </message>
    <message>
      <source>Cannot open the smart-items table {}.</source>
      <translation>无法打开智慧要求表 {}。</translation>
    </message>
    <message>
      <source>Planning styles and forms applied: {}.</source>
      <translation>已应用规划样式与表单：{}。</translation>
    </message>
    <message>
      <source>Left as they were: {}.</source>
      <translation>未改动：{}。</translation>
    </message>
    <message>
      <source>The facilities form lists the standard's smart items from {}.</source>
      <translation>设施表单中的智慧要求选项取自 {}。</translation>
    </message>
    <message>
      <source>“{}” as {}</source>
      <translation>“{}”作为{}</translation>
    </message>
    <message>
      <source>“{}” ({}: no planning style)</source>
      <translation>“{}”（{}：无规划样式）</translation>
    </message>
    <message>
      <source>“{}” (no planning role recognised)</source>
      <translation>“{}”（未识别出规划图层角色）</translation>
    </message>
    <message>
      <source>Facility type</source>
      <translation>设施类型</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>应配</translation>
    </message>
    <message>
      <source>Existing</source>
      <translation>现状</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>规划</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <source>as the community layer says</source>
      <translation>按社区图层</translation>
    </message>
    <message>
      <source>new community</source>
      <translation>新建社区</translation>
    </message>
    <message>
      <source>existing community</source>
      <translation>既有社区</translation>
    </message>
    <message>
      <source>New communities must provide property-management rooms (Table A.0.1); the review uses this choice.</source>
      <translation>新建社区须配置物业管理用房（附表 A.0.1）；审查按此选择进行。</translation>
    </message>
    <message>
      <source>Community kind</source>
      <translation>社区类型</translation>
    </message>
    <message>
      <source>Run a review to see the community profile and the facility inventory.</source>
      <translation>运行审查后可查看社区概况和设施清单。</translation>
    </message>
    <message>
      <source>Profile and inventory</source>
      <translation>概况与设施清单</translation>
    </message>
    <message>
      <source>unknown (no floors, households, population or height)</source>
      <translation>无法确定（缺少层数、户数、人口或高度）</translation>
    </message>
    <message>
      <source>Population {}, area {} ha, {} households, {} residential buildings</source>
      <translation>人口 {}，面积 {} 公顷，{} 户，住宅建筑 {} 栋</translation>
    </message>
    <message>
      <source>Buildings by floors: {}</source>
      <translation>按层数分类的建筑：{}</translation>
    </message>
    <message>
      <source>out of reach</source>
      <translation>不可达（超出计算距离或无步行路径）</translation>
    </message>
    <message>
      <source>Coverage map tool</source>
      <translation>覆盖范围地图工具</translation>
    </message>
    <message>
      <source>Building #{}: {} to this facility, {} to the nearest of its type ({}, limit {:.0f} m) {}</source>
      <translation>建筑 #{}：距本设施 {}，距最近同类设施 {}（{}，限值 {:.0f} m）{}</translation>
    </message>
    <message>
      <source>{} #{}: {:,.0f} residents within {:.0f} m ({}); {} homes of the community are beyond every {}.</source>
      <translation>{} #{}：{:,.0f} 名居民在 {:.0f} 米范围内（{}）；社区内有 {} 栋住宅超出所有{}的服务范围。</translation>
    </message>
    <message>
      <source>Coverage of {} #{}</source>
      <translation>{} #{} 的服务范围</translation>
    </message>
    <message>
      <source>Smart Community</source>
      <translation>智慧社区</translation>
    </message>
    <message>
      <source>Install</source>
      <translation>安装</translation>
    </message>
    <message>
      <source>the Python interpreter QGIS runs on was not found ({})</source>
      <translation>找不到 QGIS 运行所用的 Python 解释器（{}）</translation>
    </message>
    <message>
      <source>pip is not installed for {} (Debian, Ubuntu: sudo apt install python3-pip; Windows: python3-pip in the OSGeo4W installer)</source>
      <translation>{} 没有安装 pip（Debian、Ubuntu：sudo apt install python3-pip；Windows：在 OSGeo4W 安装程序中选择 python3-pip）</translation>
    </message>
    <message>
      <source>pip {} is too old; 22.2 or newer is needed</source>
      <translation>pip {} 版本过旧，需要 22.2 或更新版本</translation>
    </message>
    <message>
      <source>{} belongs to QGIS's own Python and is not installed by the plugin</source>
      <translation>{} 属于 QGIS 自带的 Python，插件不会安装它</translation>
    </message>
    <message>
      <source>pip found no versions that fit QGIS's packages, or could not reach the package index (pip's messages are in the log, tab Smart Community)</source>
      <translation>pip 没有找到与 QGIS 现有软件包兼容的版本，或无法连接软件包索引（pip 的输出见日志的 Smart Community 标签页）</translation>
    </message>
    <message>
      <source>pip could not install them (pip's messages are in the log, tab Smart Community)</source>
      <translation>pip 未能安装（pip 的输出见日志的 Smart Community 标签页）</translation>
    </message>
    <message>
      <source>installed, but they do not import as required: {}</source>
      <translation>已安装，但无法按要求导入：{}</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Reloading the plugin…</source>
      <translation>正在重新加载插件…</translation>
    </message>
    <message>
      <source>Restart QGIS to use them.</source>
      <translation>请重启 QGIS 后使用。</translation>
    </message>
    <message>
      <source>Smart Community: installing {}</source>
      <translation>智慧社区：正在安装 {}</translation>
    </message>
    <message>
      <source>{}. Install {} into the plugin's own folder? QGIS's own Python stays unchanged.</source>
      <translation>{}。是否将 {} 安装到插件自己的文件夹？QGIS 自带的 Python 保持不变。</translation>
    </message>
    <message>
      <source>Smart Community Planner needs {} (missing or too old). Install them into the plugin's own folder? QGIS's own Python stays unchanged.</source>
      <translation>智慧社区规划工作台需要 {}（缺失或版本过旧）。是否安装到插件自己的文件夹？QGIS 自带的 Python 保持不变。</translation>
    </message>
    <message>
      <source>Installing {} into {}</source>
      <translation>正在将 {} 安装到 {}</translation>
    </message>
    <message>
      <source>Installing {} failed: {}. By hand: {}</source>
      <translation>安装 {} 失败：{}。手动安装：{}</translation>
    </message>
    <message>
      <source>{} is already installed.</source>
      <translation>{} 已经安装。</translation>
    </message>
    <message>
      <source>Installed {} into the plugin's own folder.</source>
      <translation>已将 {} 安装到插件自己的文件夹。</translation>
    </message>
    <message>
      <source>unexpected error: {}</source>
      <translation>意外错误：{}</translation>
    </message>
    <message>
      <source>Installing {} into the plugin's own folder… Progress and Cancel: QGIS's task manager (status bar).</source>
      <translation>正在将 {} 安装到插件自己的文件夹…进度与取消：QGIS 任务管理器（状态栏）。</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>图层</translation>
    </message>
    <message>
      <source>Feature</source>
      <translation>要素</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Export findings…</source>
      <translation>导出问题清单…</translation>
    </message>
    <message>
      <source>Save the findings as CSV or Excel (XLSX); personal data is masked.</source>
      <translation>将问题清单保存为 CSV 或 Excel（XLSX）；个人信息已脱敏。</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Export findings</source>
      <translation>导出问题清单</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <source>{} blocking, {} warnings, {} notes.</source>
      <translation>阻断性问题 {} 个，警告 {} 个，提示 {} 个。</translation>
    </message>
    <message>
      <source>Saved {} findings to {}.</source>
      <translation>已将 {} 条问题保存到 {}。</translation>
    </message>
    <message>
      <source>Smart Community help</source>
      <translation>智慧社区规划帮助</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>分期</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>设施</translation>
    </message>
    <message>
      <source>Built</source>
      <translation>已建</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>进度</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>计划年份</translation>
    </message>
    <message>
      <source>Refresh the phasing table from the facilities layer</source>
      <translation>从设施图层刷新分期建设表</translation>
    </message>
    <message>
      <source>Facilities need phase and year fields (the planning template has them).</source>
      <translation>设施图层需要 phase（分期）和 year（年份）字段（规划模板已包含）。</translation>
    </message>
    <message>
      <source>Phasing table</source>
      <translation>分期表</translation>
    </message>
    <message>
      <source>Pick the facilities layer in the planning stage first.</source>
      <translation>请先在规划策划阶段选择设施图层。</translation>
    </message>
    <message>
      <source>No facilities.</source>
      <translation>没有设施。</translation>
    </message>
    <message>
      <source>no phase</source>
      <translation>未分期</translation>
    </message>
    <message>
      <source>{} of {} facilities built ({} phases).</source>
      <translation>共 {1} 处设施，已建 {0} 处（{2} 期）。</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>建筑</translation>
    </message>
    <message>
      <source>Community boundary</source>
      <translation>社区边界</translation>
    </message>
    <message>
      <source>Gated compounds</source>
      <translation>门禁小区</translation>
    </message>
    <message>
      <source>Roads and paths</source>
      <translation>道路与步行路径</translation>
    </message>
    <message>
      <source>Submitted layer</source>
      <translation>提交的图层</translation>
    </message>
    <message>
      <source>Planning layer it holds</source>
      <translation>对应的规划图层</translation>
    </message>
    <message>
      <source>Keep this mapping in the project</source>
      <translation>在项目中保存此映射</translation>
    </message>
    <message>
      <source>Create the mapped copy</source>
      <translation>生成映射后的副本</translation>
    </message>
    <message>
      <source>Kept in the project.</source>
      <translation>已保存在项目中。</translation>
    </message>
    <message>
      <source>Planning field</source>
      <translation>规划字段</translation>
    </message>
    <message>
      <source>Field in the submission</source>
      <translation>提交数据中的字段</translation>
    </message>
    <message>
      <source>Proposed from the field names; check it, then keep it.</source>
      <translation>根据字段名自动建议；请核对后保存。</translation>
    </message>
    <message>
      <source>Added the layer '{}' ({} features): pick it in the planning stage.</source>
      <translation>已添加图层“{}”（{} 个要素）：请在规划策划阶段选用。</translation>
    </message>
    <message>
      <source>Coordinate reference system of the new planning project</source>
      <translation>新建规划项目的坐标参考系</translation>
    </message>
    <message>
      <source>The planning layers measure in metres: a CGCS2000 3-degree Gauss-Kruger zone (EPSG:4534–4554) is proposed from the centre of the map, or your last choice.</source>
      <translation>规划图层以米为单位：按地图中心（或您上次的选择）建议采用 CGCS2000 国家大地坐标系 3 度带高斯–克吕格投影（EPSG:4534–4554）。</translation>
    </message>
    <message>
      <source>Smart community plan</source>
      <translation>智慧社区规划方案</translation>
    </message>
    <message>
      <source>Smart requirements (table of the standard)</source>
      <translation>智慧要求（标准附表）</translation>
    </message>
    <message>
      <source>online</source>
      <translation>在线</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>离线</translation>
    </message>
    <message>
      <source>fault</source>
      <translation>故障</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>设备</translation>
    </message>
    <message>
      <source>Facility id</source>
      <translation>设施编号</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>检查日期</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>设备数</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>在线</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>离线</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障</translation>
    </message>
    <message>
      <source>Availability</source>
      <translation>在线率</translation>
    </message>
    <message>
      <source>Add device at the selected facility</source>
      <translation>为所选设施添加设备</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Import devices (CSV)…</source>
      <translation>导入设备清单（CSV）…</translation>
    </message>
    <message>
      <source>Device list</source>
      <translation>设备清单</translation>
    </message>
    <message>
      <source>Add device</source>
      <translation>添加设备</translation>
    </message>
    <message>
      <source>Device register</source>
      <translation>设备登记</translation>
    </message>
    <message>
      <source>Select one or more facilities on the map first.</source>
      <translation>请先在地图上选择一个或多个设施。</translation>
    </message>
    <message>
      <source>{} devices, {} online.</source>
      <translation>设备 {} 台，在线 {} 台。</translation>
    </message>
    <message>
      <source>new device</source>
      <translation>新设备</translation>
    </message>
    <message>
      <source>{} facilities with smart requirements have no registered device: {}</source>
      <translation>{} 处有智慧要求的设施尚未登记设备：{}</translation>
    </message>
    <message>
      <source>{} rows skipped: {}</source>
      <translation>跳过 {} 行：{}</translation>
    </message>
    <message>
      <source>With planned</source>
      <translation>含规划</translation>
    </message>
    <message>
      <source>Covered now</source>
      <translation>现状覆盖</translation>
    </message>
    <message>
      <source>Covered with planned</source>
      <translation>含规划覆盖</translation>
    </message>
    <message>
      <source>Verdict now</source>
      <translation>现状结论</translation>
    </message>
    <message>
      <source>Verdict with planned</source>
      <translation>含规划结论</translation>
    </message>
    <message>
      <source>Walking and straight-line distances</source>
      <translation>步行距离和直线距离</translation>
    </message>
    <message>
      <source>Straight-line distances only</source>
      <translation>仅直线距离</translation>
    </message>
    <message>
      <source>Walking distances only</source>
      <translation>仅步行距离</translation>
    </message>
    <message>
      <source>Run review</source>
      <translation>运行审查</translation>
    </message>
    <message>
      <source>Verdicts use walking distances whenever they are computed (a roads layer is needed); straight lines are quicker and ignore walls.</source>
      <translation>计算了步行距离时，结论以步行距离为准（需要道路图层）；直线距离计算更快，但不考虑围墙。</translation>
    </message>
    <message>
      <source>Live checks while editing buildings and facilities</source>
      <translation>编辑建筑和设施时实时检查</translation>
    </message>
    <message>
      <source>Show the results on the map (a group of styled result layers)</source>
      <translation>在地图上显示审查结果（一组已配置样式的结果图层）</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>审查</translation>
    </message>
    <message>
      <source>Compare existing with planned</source>
      <translation>现状与规划对比</translation>
    </message>
    <message>
      <source>Reviews the scheme twice: existing facilities only, then with the planned ones (the facilities' status field).</source>
      <translation>对方案审查两次：仅现状设施，再加上规划设施（按设施的 status 字段）。</translation>
    </message>
    <message>
      <source>Existing vs planned</source>
      <translation>现状与规划</translation>
    </message>
    <message>
      <source>Smart requirements</source>
      <translation>智慧要求</translation>
    </message>
    <message>
      <source>Where to add</source>
      <translation>选址建议</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>审查报告</translation>
    </message>
    <message>
      <source>Smart requirements of the selected facilities (Table A.0.1, 4.5.10)</source>
      <translation>所选设施的智慧要求（附表 A.0.1、4.5.10）</translation>
    </message>
    <message>
      <source>Reviewing…</source>
      <translation>正在审查…</translation>
    </message>
    <message>
      <source>Comparing existing with planned…</source>
      <translation>正在对比现状与规划…</translation>
    </message>
    <message>
      <source>Smart Community: existing against planned</source>
      <translation>智慧社区：现状与规划对比</translation>
    </message>
    <message>
      <source>Live checks on: edits re-run the review.</source>
      <translation>实时检查已开启：编辑后自动重新审查。</translation>
    </message>
    <message>
      <source>Live checks</source>
      <translation>实时检查</translation>
    </message>
    <message>
      <source>— pick a layer —</source>
      <translation>— 请选择图层 —</translation>
    </message>
    <message>
      <source>— none —</source>
      <translation>— 无 —</translation>
    </message>
    <message>
      <source>Existing only: {}; with the planned facilities: {}. The plan fixes {} checks and worsens {}.</source>
      <translation>仅现状：{}；含规划设施：{}。规划改善 {} 项检查，变差 {} 项。</translation>
    </message>
    <message>
      <source>Live, {} s after the edit. {}</source>
      <translation>实时检查（编辑后 {} 秒）。{}</translation>
    </message>
    <message>
      <source>Pick the layers first: {}</source>
      <translation>请先选择图层：{}</translation>
    </message>
    <message>
      <source>Publish the review on screen for residents (web page)</source>
      <translation>将当前审查结果发布为面向居民的公示网页</translation>
    </message>
    <message>
      <source>public display page</source>
      <translation>公示网页</translation>
    </message>
    <message>
      <source>Publish web page</source>
      <translation>发布公示网页</translation>
    </message>
    <message>
      <source>Run a review here first: a review opened from a file is published with the Processing algorithm Publish for residents (its JSON and result GeoPackage).</source>
      <translation>请先在此运行审查：从文件打开的审查请用处理工具“公示网页（面向居民）”发布（提供其 JSON 和结果 GeoPackage）。</translation>
    </message>
    <message>
      <source>Wrote the page for residents: &lt;a href="{0}"&gt;{0}&lt;/a&gt;</source>
      <translation>已生成公示网页：&lt;a href="{0}"&gt;{0}&lt;/a&gt;</translation>
    </message>
    <message>
      <source>Ready: the page goes to {}.</source>
      <translation>就绪：网页将保存到 {}。</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Save the review report</source>
      <translation>保存审查报告</translation>
    </message>
    <message>
      <source>Project name</source>
      <translation>项目名称</translation>
    </message>
    <message>
      <source>Reviewing body</source>
      <translation>审查单位</translation>
    </message>
    <message>
      <source>Report language</source>
      <translation>报告语言</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>保存为</translation>
    </message>
    <message>
      <source>Export the report (PDF) of the review on screen</source>
      <translation>导出当前审查结果的报告（PDF）</translation>
    </message>
    <message>
      <source>Run a review first; the report shows the review on screen.</source>
      <translation>请先运行审查；报告采用当前显示的审查结果。</translation>
    </message>
    <message>
      <source>The approval report needs reportlab</source>
      <translation>审查意见书需要 reportlab</translation>
    </message>
    <message>
      <source>Writing the report…</source>
      <translation>正在生成报告…</translation>
    </message>
    <message>
      <source>Smart Community: review report</source>
      <translation>智慧社区：审查报告</translation>
    </message>
    <message>
      <source>Export report</source>
      <translation>导出报告</translation>
    </message>
    <message>
      <source>review report</source>
      <translation>审查报告</translation>
    </message>
    <message>
      <source>Report written: &lt;a href="{0}"&gt;{0}&lt;/a&gt;</source>
      <translation>报告已生成：&lt;a href="{0}"&gt;{0}&lt;/a&gt;</translation>
    </message>
    <message>
      <source>Ready: the report of the review on screen goes to {}.</source>
      <translation>可以导出：当前审查结果的报告将保存到 {}。</translation>
    </message>
    <message>
      <source>Review results (Smart Community)</source>
      <translation>审查结果（智慧社区）</translation>
    </message>
    <message>
      <source>Homes by distance to facilities</source>
      <translation>住宅到设施的距离</translation>
    </message>
    <message>
      <source>Facilities by verdict</source>
      <translation>设施审查结论</translation>
    </message>
    <message>
      <source>Community and overall verdict</source>
      <translation>社区及总体结论</translation>
    </message>
    <message>
      <source>Checks (table)</source>
      <translation>检查项（表）</translation>
    </message>
    <message>
      <source>Review results</source>
      <translation>审查结果</translation>
    </message>
    <message>
      <source>No review yet.</source>
      <translation>尚无审查结果。</translation>
    </message>
    <message>
      <source>All verdicts</source>
      <translation>全部结论</translation>
    </message>
    <message>
      <source>Checks</source>
      <translation>检查项</translation>
    </message>
    <message>
      <source>Input findings</source>
      <translation>输入数据问题</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>检查项</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>条文</translation>
    </message>
    <message>
      <source>Since the last run</source>
      <translation>与上次相比</translation>
    </message>
    <message>
      <source>Input findings ({})</source>
      <translation>输入数据问题（{}）</translation>
    </message>
    <message>
      <source>Whole community</source>
      <translation>全社区</translation>
    </message>
    <message>
      <source>Since the last run — fixed: {}; new problems: {}.</source>
      <translation>与上次相比：修复 {} 项，新增问题 {} 项。</translation>
    </message>
    <message>
      <source>fixed</source>
      <translation>已修复</translation>
    </message>
    <message>
      <source>new problem</source>
      <translation>新问题</translation>
    </message>
    <message>
      <source>{} fixed</source>
      <translation>修复 {} 项</translation>
    </message>
    <message>
      <source>{} new</source>
      <translation>新增 {} 项</translation>
    </message>
    <message>
      <source>Smart Community review</source>
      <translation>智慧社区审查</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>答卷数</translation>
    </message>
    <message>
      <source>Mean score</source>
      <translation>平均分</translation>
    </message>
    <message>
      <source>Scores 1-2</source>
      <translation>1-2 分占比</translation>
    </message>
    <message>
      <source>Import satisfaction survey (CSV)…</source>
      <translation>导入满意度调查（CSV）…</translation>
    </message>
    <message>
      <source>actions below </source>
      <translation>低于此分生成整改：</translation>
    </message>
    <message>
      <source>CSV columns: facility id or type, score 1-5, comment.</source>
      <translation>CSV 列：设施编号或类型、评分 1-5、意见。</translation>
    </message>
    <message>
      <source>Satisfaction survey</source>
      <translation>满意度调查</translation>
    </message>
    <message>
      <source>{} answers</source>
      <translation>{} 份回答</translation>
    </message>
    <message>
      <source>Improvement actions (mean score below {:g}):</source>
      <translation>整改提升事项（平均分低于 {:g}）：</translation>
    </message>
    <message>
      <source>{}: {:.2f} from {} answers</source>
      <translation>{}：{:.2f} 分（{} 份）</translation>
    </message>
    <message>
      <source>Follow QGIS</source>
      <translation>跟随 QGIS</translation>
    </message>
    <message>
      <source>Smart Community settings</source>
      <translation>智慧社区规划设置</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <source>Report font (CJK TrueType; empty: found on the system)</source>
      <translation>报告字体（中文 TrueType；留空则使用系统字体）</translation>
    </message>
    <message>
      <source>Remove ID card and mobile numbers from outputs entirely (instead of masking)</source>
      <translation>从输出中完全删除身份证号和手机号（而不是脱敏）</translation>
    </message>
    <message>
      <source>Personal data (6.4.3)</source>
      <translation>个人信息（6.4.3）</translation>
    </message>
    <message>
      <source>A new language takes effect when the plugin is reloaded or QGIS restarts.</source>
      <translation>新的界面语言在重新加载插件或重启 QGIS 后生效。</translation>
    </message>
    <message>
      <source>fewest sites reaching everybody</source>
      <translation>最少选址覆盖全部居民</translation>
    </message>
    <message>
      <source>best k sites</source>
      <translation>最优 k 处选址</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>排序</translation>
    </message>
    <message>
      <source>Location (x, y)</source>
      <translation>位置（x, y）</translation>
    </message>
    <message>
      <source>Newly covered residents</source>
      <translation>新增覆盖人口</translation>
    </message>
    <message>
      <source>Siting suggestion of the Smart Community Planner</source>
      <translation>智慧社区规划工作台选址建议</translation>
    </message>
    <message>
      <source>Also solve exactly (PuLP/CBC)</source>
      <translation>同时精确求解（PuLP/CBC）</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>Suggest sites</source>
      <translation>给出选址建议</translation>
    </message>
    <message>
      <source>Add them as planned facilities</source>
      <translation>作为规划设施加入</translation>
    </message>
    <message>
      <source>Keep the candidates as a layer</source>
      <translation>将候选点保存为图层</translation>
    </message>
    <message>
      <source>Candidates: a 25 m grid over the community, minus buildings and roads.</source>
      <translation>备选点：社区范围内 25 m 网格，扣除建筑和道路。</translation>
    </message>
    <message>
      <source>Suggesting sites…</source>
      <translation>正在计算选址建议…</translation>
    </message>
    <message>
      <source>Smart Community: suggesting sites</source>
      <translation>智慧社区：选址建议计算中</translation>
    </message>
    <message>
      <source>Suggested sites</source>
      <translation>选址建议</translation>
    </message>
    <message>
      <source>{} (suggested site {})</source>
      <translation>{}（建议选址 {}）</translation>
    </message>
    <message>
      <source>{} sites: residents within {:.0f} m ({}) {} → {} of {}; {} in {} s.</source>
      <translation>{} 处选址：{:.0f} m 内（{}）覆盖居民 {} → {}（共 {}）；{}，用时 {} 秒。</translation>
    </message>
    <message>
      <source>Ranked by the homes each site newly reaches (the fewest sites that reach them all), not by residents.</source>
      <translation>按各选址新覆盖的住宅栋数排序（以最少的选址覆盖全部住宅），而非按人口。</translation>
    </message>
    <message>
      <source>The facilities layer cannot be edited.</source>
      <translation>设施图层不可编辑。</translation>
    </message>
    <message>
      <source>The exact solution needs PuLP (the greedy one does not)</source>
      <translation>精确求解需要 PuLP（贪心求解不需要）</translation>
    </message>
    <message>
      <source>Suggested sites: {} (preview)</source>
      <translation>建议选址：{}（预览）</translation>
    </message>
    <message>
      <source>Suggested sites: {}</source>
      <translation>建议选址：{}</translation>
    </message>
    <message>
      <source>The greedy answer falls {:.1%} short of the optimum.</source>
      <translation>贪心解比最优解差 {:.1%}。</translation>
    </message>
    <message>
      <source>{} residents are out of reach of every candidate.</source>
      <translation>{} 名居民在所有备选点的服务范围之外。</translation>
    </message>
    <message>
      <source>Select facilities of one type on the map to edit their smart requirements.</source>
      <translation>在地图上选择同一类型的设施，以编辑其智慧要求。</translation>
    </message>
    <message>
      <source>Apply to the selected facilities</source>
      <translation>应用到所选设施</translation>
    </message>
    <message>
      <source>The facilities layer needs the fields facility_type and smart_features.</source>
      <translation>设施图层需要 facility_type 和 smart_features 字段。</translation>
    </message>
    <message>
      <source>{} selected: {}</source>
      <translation>已选 {} 处：{}</translation>
    </message>
    <message>
      <source>to do</source>
      <translation>待办</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>not applicable</source>
      <translation>不适用</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>任务</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Reload from the review store</source>
      <translation>从审查库重新读取</translation>
    </message>
    <message>
      <source>Stage records</source>
      <translation>阶段记录</translation>
    </message>
    <message>
      <source>{} ({}): {} of {} tasks done</source>
      <translation>{}（{}）：已完成 {}/{} 项任务</translation>
    </message>
    <message>
      <source>review store '{}', {}: version {}</source>
      <translation>审查库“{}”，{}：第 {} 版</translation>
    </message>
    <message>
      <source>review store '{}', {}: not saved there yet</source>
      <translation>审查库“{}”，{}：尚未保存到审查库</translation>
    </message>
    <message>
      <source>The {} record was not read from the store '{}' since this project opened, so it is kept in the project only. Reload it from the store, then make your change again.</source>
      <translation>“{}”记录自本项目打开后尚未从审查库“{}”读取，因此这次修改只保存在项目中。请先从审查库重新读取，再重新修改。</translation>
    </message>
    <message>
      <source>Review store</source>
      <translation>审查库</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Fixed</source>
      <translation>已修复</translation>
    </message>
    <message>
      <source>Newly failing</source>
      <translation>新出现的问题</translation>
    </message>
    <message>
      <source>No longer assessable</source>
      <translation>不再可评估</translation>
    </message>
    <message>
      <source>Check added</source>
      <translation>新增的检查项</translation>
    </message>
    <message>
      <source>Check dropped</source>
      <translation>取消的检查项</translation>
    </message>
    <message>
      <source>Open the submission in the workbench</source>
      <translation>在工作台中打开该报审</translation>
    </message>
    <message>
      <source>Add the submission's layers to the project</source>
      <translation>将该报审方案的图层加入项目</translation>
    </message>
    <message>
      <source>Submission</source>
      <translation>报审方案</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>社区</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Submitter</source>
      <translation>报审人</translation>
    </message>
    <message>
      <source>Received at</source>
      <translation>接收时间</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>审查人</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <source>Distances</source>
      <translation>距离计算方式</translation>
    </message>
    <message>
      <source>Fails</source>
      <translation>不通过</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>警告项</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>未评估</translation>
    </message>
    <message>
      <source>Store (PostgreSQL service)</source>
      <translation>审查库（PostgreSQL 服务）</translation>
    </message>
    <message>
      <source>Submissions</source>
      <translation>报审方案</translation>
    </message>
    <message>
      <source>Reviews of the chosen submission</source>
      <translation>所选方案的历次审查</translation>
    </message>
    <message>
      <source>What changed since the review before</source>
      <translation>与上一轮审查相比的变化</translation>
    </message>
    <message>
      <source>Choose a submission first.</source>
      <translation>请先选择一个报审方案。</translation>
    </message>
    <message>
      <source>{} layers of submission {} added.</source>
      <translation>已加入报审方案 {1} 的 {0} 个图层。</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已接收</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>已审查</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <source>{} submissions in the store '{}'.</source>
      <translation>审查库“{1}”中有 {0} 个报审方案。</translation>
    </message>
    <message>
      <source>Only one review so far: nothing to compare.</source>
      <translation>目前只有一轮审查，无可比较。</translation>
    </message>
    <message>
      <source>Not reviewed yet.</source>
      <translation>尚未审查。</translation>
    </message>
    <message>
      <source>Review {} against review {}: {} fixed, {} broken, {} no longer assessable, {} new, {} gone.</source>
      <translation>第 {} 轮审查与第 {} 轮相比：修复 {} 项，新出现问题 {} 项，不再可评估 {} 项，新增 {} 项，移除 {} 项。</translation>
    </message>
    <message>
      <source>Submission {}</source>
      <translation>报审方案 {}</translation>
    </message>
    <message>
      <source>The two reviews measured distances differently ({} and {}): some changes come from that, not from the scheme.</source>
      <translation>两轮审查的距离算法不同（上一轮：{}；本轮：{}）：部分变化来自算法，而非方案本身。</translation>
    </message>
    <message>
      <source>{}: {}</source>
      <translation>{}：{}</translation>
    </message>
    <message>
      <source>The workbench follows {} in the store: {} of its {} stage records read from there.</source>
      <translation>工作台已关联审查库中的{}：从审查库读取了 {} 个阶段记录（共 {} 个阶段）。</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <source>Validate the picked layers</source>
      <translation>校验所选图层</translation>
    </message>
    <message>
      <source>Checks the layers picked in the planning stage against the planning schema.</source>
      <translation>按规划数据结构校验在规划策划阶段选定的图层。</translation>
    </message>
    <message>
      <source>Overall: {} — {} fail, {} warning, {} pass</source>
      <translation>总体结论：{} — {} 项不通过，{} 项警告，{} 项通过</translation>
    </message>
    <message>
      <source>; {} not assessable from the data</source>
      <translation>；{} 项依现有数据无法评估</translation>
    </message>
    <message>
      <source>; {} input findings</source>
      <translation>；输入数据问题 {} 项</translation>
    </message>
    <message>
      <source>Planning workbench</source>
      <translation>规划工作台</translation>
    </message>
    <message>
      <source>Submitted data</source>
      <translation>提交数据</translation>
    </message>
    <message>
      <source>Validation</source>
      <translation>数据校验</translation>
    </message>
    <message>
      <source>The {} layer '{}' could not be read completely: {} of its {} features came through. The file ({}) may be damaged: open it in QGIS and save a copy, or ask for a new one.</source>
      <translation>{} 图层“{}”未能完整读取：{} 个要素中只读到 {} 个。文件（{}）可能已损坏：请在 QGIS 中打开并另存一份，或索取新文件。</translation>
    </message>
    <message>
      <source>Roads and paths (for walking distances)</source>
      <translation>道路与步行路径（用于步行距离）</translation>
    </message>
    <message>
      <source>Compound gates (points in the walls; optional)</source>
      <translation>小区大门（围墙上的点；可选）</translation>
    </message>
    <message>
      <source>Building entrances (points; optional)</source>
      <translation>建筑出入口（点；可选）</translation>
    </message>
    <message>
      <source>Kindergarten and nursery activity grounds (polygons; optional)</source>
      <translation>幼儿园、托儿所活动场地（面；可选）</translation>
    </message>
    <message>
      <source>Public green and open space (polygons: emergency_shelter, smart_features; optional)</source>
      <translation>公共绿地与活动场所（面：emergency_shelter 应急避险、smart_features 智慧功能；可选）</translation>
    </message>
    <message>
      <source>Windows (points on walls: facing_deg, sill_m; optional)</source>
      <translation>窗户（外墙上的点：facing_deg、sill_m；可选）</translation>
    </message>
    <message>
      <source>Candidate sites (points or parcels; empty: a grid)</source>
      <translation>备选点（点或地块；留空则用网格）</translation>
    </message>
    <message>
      <source>Cannot write the features of {} to {}: {}. The disk may be full; nothing was replaced.</source>
      <translation>无法将 {} 的要素写入 {}：{}。磁盘可能已满；未替换任何文件。</translation>
    </message>
    <message>
      <source>{} could not be written completely (it cannot be opened again). The disk may be full; nothing was replaced.</source>
      <translation>{} 未能完整写入（写后无法重新打开）。磁盘可能已满；未替换任何文件。</translation>
    </message>
    <message>
      <source>Cannot fill the temporary layer {}.</source>
      <translation>无法填充临时图层 {}。</translation>
    </message>
    <message>
      <source>Cannot write the layer {} to {}: {}. The disk may be full or read-only; nothing was replaced.</source>
      <translation>无法将图层 {} 写入 {}：{}。磁盘可能已满或只读；未替换任何文件。</translation>
    </message>
    <message>
      <source>{} could not be written completely ({}: {} of {} features). The disk may be full; nothing was replaced.</source>
      <translation>{} 未能完整写入（{}：{} 个要素，应为 {} 个）。磁盘可能已满；未替换任何文件。</translation>
    </message>
    <message>
      <source>The field type {} cannot be written in bulk.</source>
      <translation>字段类型 {} 无法批量写入。</translation>
    </message>
    <message>
      <source>The process writing {} stopped before it finished (exit code {}); nothing was replaced.</source>
      <translation>写入 {} 的进程在完成前停止（退出码 {}）；未替换任何文件。</translation>
    </message>
    <message>
      <source>{}: {} ({}: {}). Nothing was written. The details are in the log (View › Panels › Log Messages, tab Smart Community); please report them.</source>
      <translation>{}：{}（{}：{}）。未写入任何文件。详细信息见日志（视图 › 面板 › 日志消息，“Smart Community”选项卡），请报告此问题。</translation>
    </message>
    <message>
      <source>{}: not enough memory. Close other programs or review a smaller area.</source>
      <translation>{}：内存不足。请关闭其他程序，或审查更小的范围。</translation>
    </message>
    <message>
      <source>{} is not a file this plugin can write.</source>
      <translation>{} 不是本插件可以写入的文件。</translation>
    </message>
    <message>
      <source>Two outputs would be written to {}; give each its own file.</source>
      <translation>两个输出将写入同一个文件 {}；请为每个输出指定各自的文件。</translation>
    </message>
    <message>
      <source> (the same file as {})</source>
      <translation>（与 {} 是同一个文件）</translation>
    </message>
    <message>
      <source>The output {} is an input of this run{}: writing it would destroy the submission. Choose another file name; inputs are never overwritten.</source>
      <translation>输出 {} 是本次运行的输入{}：写入会破坏报送的资料。请另选文件名；输入文件永远不会被覆盖。</translation>
    </message>
    <message>
      <source>The output {} is a folder; give a file name.</source>
      <translation>输出 {} 是一个文件夹；请给出文件名。</translation>
    </message>
    <message>
      <source>{} exists; choose another name or allow replacing it (OVERWRITE).</source>
      <translation>{} 已存在；请另选文件名，或允许替换（OVERWRITE）。</translation>
    </message>
    <message>
      <source>The layer {} cannot be written in bulk; nothing was replaced.</source>
      <translation>图层 {} 无法批量写入；未替换任何文件。</translation>
    </message>
    <message>
      <source>The {} file {} does not exist.</source>
      <translation>（{}）文件 {} 不存在。</translation>
    </message>
    <message>
      <source>The {} file {} is empty.</source>
      <translation>（{}）文件 {} 是空的。</translation>
    </message>
    <message>
      <source>The {} file {} is not a GeoPackage (it does not start like an SQLite database).</source>
      <translation>（{}）文件 {} 不是 GeoPackage（文件头不是 SQLite 数据库）。</translation>
    </message>
    <message>
      <source>The {} file {} is in no vector format GDAL reads.</source>
      <translation>（{}）文件 {} 不是 GDAL 可读的矢量格式。</translation>
    </message>
    <message>
      <source>The {} file {} has no layer '{}'; it has: {}.</source>
      <translation>（{}）文件 {} 中没有图层“{}”；文件中的图层：{}。</translation>
    </message>
    <message>
      <source>The {} file {} cannot be read ({}).</source>
      <translation>（{}）文件 {} 无法读取（{}）。</translation>
    </message>
    <message>
      <source>The {} file {} is damaged; open it in QGIS and save a copy, or ask for a new one.</source>
      <translation>（{}）文件 {} 已损坏；请在 QGIS 中打开并另存一份，或索取新文件。</translation>
    </message>
    <message>
      <source>The {} layer {} cannot be opened.</source>
      <translation>（{}）图层 {} 无法打开。</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>磁盘已满</translation>
    </message>
    <message>
      <source>the disk quota is used up</source>
      <translation>磁盘配额已用完</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>磁盘为只读</translation>
    </message>
    <message>
      <source>there is no permission to write there</source>
      <translation>没有写入该位置的权限</translation>
    </message>
    <message>
      <source>the folder does not exist</source>
      <translation>文件夹不存在</translation>
    </message>
    <message>
      <source>the file name is too long</source>
      <translation>文件名过长</translation>
    </message>
    <message>
      <source>Cannot write {}: {}. Nothing was written; choose another place or free some space.</source>
      <translation>无法写入 {}：{}。未写入任何文件；请另选位置或释放磁盘空间。</translation>
    </message>
    <message>
      <source>Cannot write {}: a folder of that name is in the way.</source>
      <translation>无法写入 {}：已有同名文件夹。</translation>
    </message>
    <message>
      <source>{} blocking findings: the submission was not stored. {}</source>
      <translation>{} 项阻断性问题：报审方案未入库。{}</translation>
    </message>
    <message>
      <source>Submission {} is not in the store '{}', or you may not read it.</source>
      <translation>报审方案 {} 不在审查库“{}”中，或您无权查看。</translation>
    </message>
    <message>
      <source>Cannot save the project into the store '{}': {}</source>
      <translation>无法将项目保存到审查库“{}”：{}</translation>
    </message>
    <message>
      <source>The store has no login '{}': no planner could ever read this submission. Add it (scripts/db add-user {} planner) or leave SUBMITTER empty; nothing was stored.</source>
      <translation>审查库中没有登录名“{}”：任何规划人员都无法查看此报审方案。请先添加（scripts/db add-user {} planner），或将 SUBMITTER 留空；未入库任何内容。</translation>
    </message>
    <message>
      <source>The {} layer of submission {} cannot be opened from the store '{}'.</source>
      <translation>无法从审查库“{2}”打开报审方案 {1} 的{0}图层。</translation>
    </message>
    <message>
      <source>Exporting to Excel (XLSX)</source>
      <translation>导出 Excel（XLSX）</translation>
    </message>
    <message>
      <source>Export as .csv or .xlsx, not {}.</source>
      <translation>请导出为 .csv 或 .xlsx，而不是 {}。</translation>
    </message>
    <message>
      <source>a file without a suffix</source>
      <translation>无扩展名的文件</translation>
    </message>
    <message>
      <source>New planning project…</source>
      <translation>新建规划项目…</translation>
    </message>
    <message>
      <source>Planning workbench (five stages)</source>
      <translation>规划工作台（五个阶段）</translation>
    </message>
    <message>
      <source>Validate submission…</source>
      <translation>校验提交数据…</translation>
    </message>
    <message>
      <source>Run review…</source>
      <translation>运行审查…</translation>
    </message>
    <message>
      <source>Open review result…</source>
      <translation>打开审查结果…</translation>
    </message>
    <message>
      <source>Export report…</source>
      <translation>导出审查报告…</translation>
    </message>
    <message>
      <source>Review store…</source>
      <translation>审查库…</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <source>New planning project</source>
      <translation>新建规划项目</translation>
    </message>
    <message>
      <source>Keep as a layer</source>
      <translation>保存为图层</translation>
    </message>
    <message>
      <source>Open review result</source>
      <translation>打开审查结果</translation>
    </message>
    <message>
      <source>Run a review from the planning workbench first.</source>
      <translation>请先在规划工作台中运行审查。</translation>
    </message>
    <message>
      <source>Report written: {}</source>
      <translation>报告已生成：{}</translation>
    </message>
    <message>
      <source>Outputs are never written over an input, are written whole or not at all, and mask ID card and mobile numbers (6.4.3). OVERWRITE (default yes) allows replacing an existing file.</source>
      <translation>输出永远不会覆盖输入，要么完整写入、要么不写入，并对身份证号和手机号脱敏（6.4.3）。OVERWRITE（默认是）允许替换已有文件。</translation>
    </message>
    <message>
      <source>Walking</source>
      <translation>步行</translation>
    </message>
    <message>
      <source>Sunlight</source>
      <translation>日照</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <source>Replace existing output files</source>
      <translation>替换已有的输出文件</translation>
    </message>
    <message>
      <source>Convert Chinese web-map coordinates (GCJ-02, BD-09, WGS84)</source>
      <translation>转换国内网络地图坐标（GCJ-02、BD-09、WGS84）</translation>
    </message>
    <message>
      <source>Amap and Tencent publish GCJ-02 coordinates, Baidu BD-09; both are shifted by hundreds of metres from WGS84 inside China. This converts every vertex of any geometry type between wgs84, gcj02 and bd09 (inverses by iteration, below a millimetre). The layer keeps its CRS; projected layers are converted through longitude and latitude. CGCS2000 is treated as WGS84, which is within centimetres. Points outside China are not moved. Fields that hold a person's contacts are masked (6.4.3).</source>
      <translation>高德和腾讯发布 GCJ-02 坐标，百度发布 BD-09 坐标；在中国境内二者与 WGS84 相差数百米。本工具在 wgs84、gcj02 和 bd09 之间转换任意几何类型的每一个顶点（反算采用迭代，误差小于 1 毫米）。图层保持原坐标参考系；投影坐标图层经由经纬度转换。CGCS2000 视同 WGS84（相差在厘米级）。中国境外的点不移动。含个人联系方式的字段一律脱敏（6.4.3）。</translation>
    </message>
    <message>
      <source>Input layer</source>
      <translation>输入图层</translation>
    </message>
    <message>
      <source>From</source>
      <translation>源坐标</translation>
    </message>
    <message>
      <source>To</source>
      <translation>目标坐标</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>转换结果</translation>
    </message>
    <message>
      <source>The input layer has no CRS; set it (longitude/latitude) first.</source>
      <translation>输入图层没有坐标系；请先设置（经纬度）。</translation>
    </message>
    <message>
      <source>Feature #{} cannot be converted: its coordinates are not on the earth ({})</source>
      <translation>要素 #{} 无法转换：其坐标不在地球上（{}）</translation>
    </message>
    <message>
      <source>Creates a GeoPackage with the layers a planner fills: community, compounds, buildings, facilities and roads, with the fields the review reads. Choose a projected CRS in metres, e.g. the CGCS2000 3-degree Gauss-Kruger zone of the site.</source>
      <translation>创建供规划人员填写的 GeoPackage：社区、小区、建筑、设施和道路图层，包含审查所读取的字段。请选择以米为单位的投影坐标系，例如场地所在的 CGCS2000 3 度带高斯-克吕格投影。</translation>
    </message>
    <message>
      <source>Create planning template</source>
      <translation>创建规划模板</translation>
    </message>
    <message>
      <source>CRS</source>
      <translation>坐标参照系</translation>
    </message>
    <message>
      <source>Planning GeoPackage</source>
      <translation>规划 GeoPackage</translation>
    </message>
    <message>
      <source>Layers written: {}</source>
      <translation>已写入图层：{}</translation>
    </message>
    <message>
      <source>Reads an .osm or .osm.pbf file with QGIS's OSM driver into a planning GeoPackage in the site's metric CRS: buildings with building:levels, height and use; facilities by their tags (amenity=kindergarten, healthcare=*, highway=bus_stop, amenity=toilets, shop=convenience/supermarket, amenity=parcel_locker/post_office, leisure=pitch/fitness_station, amenity=community_centre, social_facility=*, amenity=recycling …, see resources/standard/aliases.json); the road network with a walkable flag. Every feature records its data source (ODbL) and time of entry (6.4.2). Draw the community boundary afterwards.</source>
      <translation>用 QGIS 的 OSM 驱动读取 .osm 或 .osm.pbf 文件，写入以当地米制坐标系表示的规划 GeoPackage：建筑（building:levels、高度和用途）；按标签识别的设施（amenity=kindergarten、healthcare=*、highway=bus_stop、amenity=toilets、shop=convenience/supermarket、amenity=parcel_locker/post_office、leisure=pitch/fitness_station、amenity=community_centre、social_facility=*、amenity=recycling 等，见 resources/standard/aliases.json）；带可步行标记的道路网络。每个要素记录数据来源（ODbL）和入库时间（6.4.2）。社区边界需随后绘制。</translation>
    </message>
    <message>
      <source>Import OpenStreetMap data</source>
      <translation>导入 OpenStreetMap 数据</translation>
    </message>
    <message>
      <source>OpenStreetMap file (.osm, .osm.pbf)</source>
      <translation>OpenStreetMap 文件（.osm、.osm.pbf）</translation>
    </message>
    <message>
      <source>Only this area</source>
      <translation>仅此范围</translation>
    </message>
    <message>
      <source>{} buildings, {} facilities, {} roads in {}; facility types: {}</source>
      <translation>{} 栋建筑、{} 处设施、{} 条道路（{}）；设施类型：{}</translation>
    </message>
    <message>
      <source>Reads a POI export (CSV in UTF-8 or GBK, JSON as Amap's pois or Baidu's results, or XLSX) with name, type and longitude/latitude columns (名称, 类型, 经度, 纬度 … or Amap's location "lng,lat"), converts GCJ-02 or BD-09 to WGS84 and maps names and categories to Table A.0.1 types (卫生站 → health_station). POIs of no known type keep their category for the validation to flag. CGCS2000 is treated as WGS84.</source>
      <translation>读取兴趣点导出文件（UTF-8 或 GBK 编码的 CSV、高德 pois 或百度 results 格式的 JSON、XLSX），包含名称、类型和经纬度列（名称、类型、经度、纬度 …，或高德的 location "lng,lat"），将 GCJ-02 或 BD-09 转换为 WGS84，并把名称和分类映射为附表 A.0.1 类型（卫生站 → health_station）。无法识别类型的兴趣点保留原分类，由数据校验提示。CGCS2000 视同 WGS84。</translation>
    </message>
    <message>
      <source>Reading XLSX needs openpyxl (or save the sheet as CSV)</source>
      <translation>读取 XLSX 需要 openpyxl（或将表格另存为 CSV）</translation>
    </message>
    <message>
      <source>Import POIs from Amap or Baidu</source>
      <translation>导入高德或百度兴趣点</translation>
    </message>
    <message>
      <source>POI export</source>
      <translation>兴趣点导出文件</translation>
    </message>
    <message>
      <source>Coordinates of the export</source>
      <translation>导出文件的坐标系</translation>
    </message>
    <message>
      <source>POIs imported</source>
      <translation>导入的兴趣点</translation>
    </message>
    <message>
      <source>POIs of a known type</source>
      <translation>已识别类型的兴趣点</translation>
    </message>
    <message>
      <source>{} is neither UTF-8 nor GBK text.</source>
      <translation>{} 不是 UTF-8 或 GBK 文本。</translation>
    </message>
    <message>
      <source>{} POIs imported, {} of a known type, {} rows skipped.</source>
      <translation>导入兴趣点 {} 个，其中已识别类型 {} 个，跳过 {} 行。</translation>
    </message>
    <message>
      <source>{} is not an Excel workbook (XLSX): {}</source>
      <translation>{} 不是 Excel 工作簿（XLSX）：{}</translation>
    </message>
    <message>
      <source>{} cannot be read: {}</source>
      <translation>{} 无法读取：{}</translation>
    </message>
    <message>
      <source>{} is not a readable CSV file: {}</source>
      <translation>{} 不是可读的 CSV 文件：{}</translation>
    </message>
    <message>
      <source>{} is nested too deeply to be a POI export.</source>
      <translation>{} 嵌套层级过深，不是 POI 导出文件。</translation>
    </message>
    <message>
      <source>{} is not valid JSON: {}</source>
      <translation>{} 不是有效的 JSON：{}</translation>
    </message>
    <message>
      <source>For every home, the facility types reachable within 5, 10 and 15 minutes' walk (4.5.4; by default GB 50180's walking distances, or minutes x a walking speed). A type belongs to the smallest circle that covers its own service radius in Table A.0.1; types without one belong to the 15-minute circle. A home's circle is complete when it reaches every type of that circle and the smaller ones. Writes the buildings with reach_ and complete_ fields and a JSON summary with the share of residents per complete circle and the types most often missing.</source>
      <translation>计算每栋住宅在 5、10、15 分钟步行范围内可到达的设施类型（4.5.4；默认采用 GB 50180 的步行距离，也可按分钟 × 步行速度计算）。每类设施归入能覆盖其附表 A.0.1 服务半径的最小生活圈；无服务半径的设施归入 15 分钟生活圈。住宅可到达本圈及更小生活圈的全部设施类型时，该生活圈为完整。输出带 reach_ 和 complete_ 字段的建筑图层，以及各生活圈完整覆盖的居民比例和最常缺失的设施类型（JSON）。</translation>
    </message>
    <message>
      <source>Buildings with life circles</source>
      <translation>带生活圈结果的建筑</translation>
    </message>
    <message>
      <source>Life circles (JSON)</source>
      <translation>生活圈（JSON）</translation>
    </message>
    <message>
      <source>Life circles (5/10/15 minutes)</source>
      <translation>生活圈（5/10/15 分钟）</translation>
    </message>
    <message>
      <source>Share of residents with a complete 15-minute circle</source>
      <translation>15 分钟生活圈完整覆盖的居民比例</translation>
    </message>
    <message>
      <source>{} minutes ({} m): {} of residents complete; most missing: {}</source>
      <translation>{} 分钟（{} 米）：{} 的居民生活圈完整；最常缺失：{}</translation>
    </message>
    <message>
      <source>Copies a submitted layer into the planning schema without touching it: its fields are mapped to the template's (层数 → floors, 户数 → households, 设施类型 → facility_type …), facility names and types to Table A.0.1 codes (卫生站 → health_station), status words to existing/planned, numbers written as text to numbers. Leave MAPPING empty to use the proposal (printed in the log), or give it as JSON or target=source pairs. Person-level fields are not copied; ID card and mobile numbers in copied text are masked (6.4.3).</source>
      <translation>将提交的图层复制为规划数据结构（不修改原图层）：字段映射到模板字段（层数 → floors，户数 → households，设施类型 → facility_type …），设施名称和类型映射为附表 A.0.1 代码（卫生站 → health_station），状态词映射为 existing/planned，文本形式的数字转为数值。MAPPING 留空则采用自动建议（见日志），也可用 JSON 或 目标=来源 的形式给出。个人信息字段不复制；复制文本中的身份证号和手机号按 6.4.3 脱敏。</translation>
    </message>
    <message>
      <source>Map fields to the planning schema</source>
      <translation>字段映射到规划数据结构</translation>
    </message>
    <message>
      <source>Planning layer it holds (community boundary, buildings, facilities, gated compounds, roads)</source>
      <translation>对应的规划图层（community 社区边界、buildings 建筑、facilities 设施、compounds 门禁小区、roads 道路）</translation>
    </message>
    <message>
      <source>Mapping (empty: proposed)</source>
      <translation>映射（留空则自动建议）</translation>
    </message>
    <message>
      <source>Mapped copy</source>
      <translation>映射后的副本</translation>
    </message>
    <message>
      <source>Mapping used (JSON)</source>
      <translation>所用映射（JSON）</translation>
    </message>
    <message>
      <source>Mapping: {}</source>
      <translation>映射：{}</translation>
    </message>
    <message>
      <source>The mapping is not valid JSON: {}</source>
      <translation>映射不是有效的 JSON：{}</translation>
    </message>
    <message>
      <source>Fields not in the layer: {}</source>
      <translation>图层中没有这些字段：{}</translation>
    </message>
    <message>
      <source>Person-level fields not copied (6.4.3): {}</source>
      <translation>未复制个人信息字段（6.4.3）：{}</translation>
    </message>
    <message>
      <source>Not in the submission (left empty): {}</source>
      <translation>提交数据中没有（留空）：{}</translation>
    </message>
    <message>
      <source>Community name field</source>
      <translation>社区名称字段</translation>
    </message>
    <message>
      <source>Community kind field (new/existing)</source>
      <translation>社区类型字段（新建/既有）</translation>
    </message>
    <message>
      <source>Community population field</source>
      <translation>社区人口字段</translation>
    </message>
    <message>
      <source>Building use field</source>
      <translation>建筑用途字段</translation>
    </message>
    <message>
      <source>Building floors field</source>
      <translation>建筑层数字段</translation>
    </message>
    <message>
      <source>Building height field (m)</source>
      <translation>建筑高度字段（米）</translation>
    </message>
    <message>
      <source>Households field</source>
      <translation>户数字段</translation>
    </message>
    <message>
      <source>Building population field</source>
      <translation>建筑人口字段</translation>
    </message>
    <message>
      <source>Facility type field</source>
      <translation>设施类型字段</translation>
    </message>
    <message>
      <source>Facility status field (existing/planned)</source>
      <translation>设施状态字段（现状/规划）</translation>
    </message>
    <message>
      <source>Facility name field</source>
      <translation>设施名称字段</translation>
    </message>
    <message>
      <source>Smart features field</source>
      <translation>智慧功能字段</translation>
    </message>
    <message>
      <source>Integrated centre field (4.5.5-1)</source>
      <translation>综合服务中心字段（4.5.5-1）</translation>
    </message>
    <message>
      <source>Gated field of compounds</source>
      <translation>小区门禁字段</translation>
    </message>
    <message>
      <source>Walkable field of roads (1/0)</source>
      <translation>道路可步行字段（1/0）</translation>
    </message>
    <message>
      <source>Road class field (OSM highway)</source>
      <translation>道路等级字段（OSM highway）</translation>
    </message>
    <message>
      <source>Distances (euclidean: straight line; network: walking on the roads; both)</source>
      <translation>距离（euclidean：直线；network：沿道路步行；both：两者）</translation>
    </message>
    <message>
      <source>Persons per household</source>
      <translation>户均人口</translation>
    </message>
    <message>
      <source>Floor area per person (m²)</source>
      <translation>人均建筑面积（平方米）</translation>
    </message>
    <message>
      <source>Community population (overrides the buildings)</source>
      <translation>社区人口（优先于按建筑计算）</translation>
    </message>
    <message>
      <source>Community kind (from_layer: as the community layer says; new; existing)</source>
      <translation>社区类型（from_layer：按社区图层；new：新建；existing：既有）</translation>
    </message>
    <message>
      <source>Count planned facilities</source>
      <translation>计入规划设施</translation>
    </message>
    <message>
      <source>Residential use values (comma separated)</source>
      <translation>居住用途取值（逗号分隔）</translation>
    </message>
    <message>
      <source>Storey height when only height is given (m)</source>
      <translation>仅有建筑高度时的层高（米）</translation>
    </message>
    <message>
      <source>Distances reported up to (m)</source>
      <translation>距离报告上限（米）</translation>
    </message>
    <message>
      <source>Join road ends closer than (m)</source>
      <translation>道路端点合并容差（米）</translation>
    </message>
    <message>
      <source>Facilities closer than this form one centre (m, 4.5.5-1)</source>
      <translation>间距小于此值的设施视为同一中心（米，4.5.5-1）</translation>
    </message>
    <message>
      <source>Life circles (minutes, comma separated)</source>
      <translation>生活圈（分钟，逗号分隔）</translation>
    </message>
    <message>
      <source>Walking speed (m/min; empty: GB 50180 distances)</source>
      <translation>步行速度（米/分钟；留空则采用 GB 50180 距离）</translation>
    </message>
    <message>
      <source>Facilities outside the boundary count as shared (from_kind: in existing communities only, 4.5.5-2; yes; no)</source>
      <translation>界外设施计为共享（from_kind：仅既有社区，4.5.5-2；yes 计入；no 不计）</translation>
    </message>
    <message>
      <source>Property-management rooms per total floor area (empty: the draft's 2 %; 0.002 for the national 2‰)</source>
      <translation>物业管理用房占总建筑面积比例（空：按草案原文 2%；全国标准 2‰ 填 0.002）</translation>
    </message>
    <message>
      <source>Life circles must be whole minutes, e.g. 5,10,15</source>
      <translation>生活圈须为整数分钟，例如 5,10,15</translation>
    </message>
    <message>
      <source>The interface's</source>
      <translation>与界面相同</translation>
    </message>
    <message>
      <source>Facility field: {}</source>
      <translation>设施字段：{}</translation>
    </message>
    <message>
      <source>Checking: {}</source>
      <translation>正在检查：{}</translation>
    </message>
    <message>
      <source>Smart Community Planner</source>
      <translation>智慧社区规划工作台</translation>
    </message>
    <message>
      <source>Smart Community Planner (T/CECS 智慧社区规划标准)</source>
      <translation>智慧社区规划工作台（T/CECS 智慧社区规划标准）</translation>
    </message>
    <message>
      <source>Writes a folder with a web page for public display (公示, 7.0.3, 5.5.1) that opens straight from disk or from any static web server, with no network and no API key: the community boundary, buildings coloured by how complete their life circles are (or by the walk to a chosen facility type), existing and planned facilities with their pictograms, service areas on demand; a click on a building shows the distance and minutes to the nearest facility of each type and which life circles are complete; the clause table with the review's results and the provisions not assessed; a language switch (中文 / English), a printable QR code of the page's address and the satisfaction survey template (7.0.6). Only what the page needs is published, with personal data masked. Give a finished review (its JSON and result GeoPackage) or the scheme's layers. TILE_URL adds a base map (e.g. 天地图 with your own key; the page then needs the network); TILE_DATUM is the datum of its tiles (天地图: WGS84/CGCS2000; AMap/Tencent: GCJ-02), and the data are shown in it.</source>
      <translation>生成一个用于公示（7.0.3、5.5.1）的网页文件夹，可直接从磁盘打开，也可放在任何静态网站服务器上，无需联网、无需 API 密钥：显示社区边界，建筑按生活圈完整度着色（或按到所选设施类型的步行距离着色），现状与规划设施以图标区分，可按需显示服务范围；点击建筑可查看到各类最近设施的距离和分钟数以及哪些生活圈完整；条款核查表列出审查结论和未能评估的条款；可切换语言（中文 / English），提供本页地址的可打印二维码和满意度调查表模板（7.0.6）。只发布网页所需的内容，个人信息已脱敏。输入已完成的审查（JSON 和结果 GeoPackage）或方案图层。TILE_URL 可添加底图（如使用您自己密钥的天地图；此时网页需要联网）；TILE_DATUM 为底图瓦片的坐标基准（天地图：WGS84/CGCS2000；高德、腾讯：GCJ-02），数据将按该基准显示。</translation>
    </message>
    <message>
      <source>Publish for residents (web page)</source>
      <translation>公示网页（面向居民）</translation>
    </message>
    <message>
      <source>Language the page opens in</source>
      <translation>网页默认语言</translation>
    </message>
    <message>
      <source>Writing the web page</source>
      <translation>正在生成网页</translation>
    </message>
    <message>
      <source>Review (JSON; empty: review the layers below)</source>
      <translation>审查结果（JSON；留空则审查下列图层）</translation>
    </message>
    <message>
      <source>Result layers of that review (GeoPackage)</source>
      <translation>该次审查的结果图层（GeoPackage）</translation>
    </message>
    <message>
      <source>Base map tile URL with z, x and y in braces (empty: none, the page works offline)</source>
      <translation>底图瓦片地址，z、x、y 各带花括号（留空：无底图，网页离线可用）</translation>
    </message>
    <message>
      <source>Datum of the base map's tiles</source>
      <translation>底图瓦片的坐标基准</translation>
    </message>
    <message>
      <source>Web page folder</source>
      <translation>网页文件夹</translation>
    </message>
    <message>
      <source>Buildings on the page</source>
      <translation>网页中的建筑数</translation>
    </message>
    <message>
      <source>Give the result GeoPackage written with that review (RESULT_GPKG): the page draws its buildings.</source>
      <translation>请提供该次审查输出的结果 GeoPackage（RESULT_GPKG）：网页需要用它绘制建筑。</translation>
    </message>
    <message>
      <source>Give a review JSON and its result GeoPackage, or the community, buildings and facilities to review.</source>
      <translation>请提供审查 JSON 及其结果 GeoPackage，或提供待审查的社区、建筑和设施图层。</translation>
    </message>
    <message>
      <source>Wrote the web page {} ({} buildings); open index.html in a browser.</source>
      <translation>已生成网页 {}（{} 栋建筑）；请用浏览器打开 index.html。</translation>
    </message>
    <message>
      <source>The tile URL needs the three placeholders z, x and y, each in braces: {}</source>
      <translation>底图瓦片地址须含 z、x、y 三个占位符（各带花括号）：{}</translation>
    </message>
    <message>
      <source>Writes the clause-by-clause approval report as a PDF: cover with the overall verdict (通过 / 有条件通过 / 资料不全 / 不通过), summary by chapter and facility type, community profile, parameters and data sources (6.4.2), every check with its clause, requirement, wording, required and measured values, maps per facility type, life circles, sunlight, the deficiency list with a locator map, the five-stage records of the project and a sign-off block. Give a review JSON (and its result GeoPackage for the maps), or the scheme's layers to review first. ID card and mobile numbers are masked (6.4.3), in the PDF's properties too. The Chinese text uses an embedded TrueType font (settings: report font).</source>
      <translation>生成逐条审查意见书（PDF）：封面及总体结论（通过 / 有条件通过 / 资料不全，待补充 / 不通过），按章节和设施类型的汇总，社区概况，参数和数据来源（6.4.2），每项检查的条款、要求、用词、要求值与实测值，各类设施的地图、生活圈、日照，带定位图的问题清单，项目五个阶段的记录和签章栏。请给出审查结果 JSON（以及用于地图的结果 GeoPackage），或先审查下列方案图层。身份证号和手机号均已脱敏（6.4.3），PDF 文档属性中也是如此。中文使用嵌入的 TrueType 字体（设置：报告字体）。</translation>
    </message>
    <message>
      <source>Approval report (PDF)</source>
      <translation>审查报告（PDF）</translation>
    </message>
    <message>
      <source>Result layers of that review (GeoPackage, for maps)</source>
      <translation>该次审查的结果图层（GeoPackage，用于地图）</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>项目名称</translation>
    </message>
    <message>
      <source>Date of review (empty: today)</source>
      <translation>审查日期（留空为今天）</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Include maps</source>
      <translation>包含地图</translation>
    </message>
    <message>
      <source>Report (PDF)</source>
      <translation>报告（PDF）</translation>
    </message>
    <message>
      <source>Also keep the report with its review in this review store (PostgreSQL service)</source>
      <translation>同时将报告随其审查结果存入此审查库（PostgreSQL 服务）</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <source>{} is not a review result (no checks).</source>
      <translation>{} 不是审查结果（没有检查项）。</translation>
    </message>
    <message>
      <source>{} pages, {} maps in {} s ({} s a page).</source>
      <translation>共 {} 页、{} 幅地图，用时 {} 秒（每页 {} 秒）。</translation>
    </message>
    <message>
      <source>Cannot read the review {}: {}</source>
      <translation>无法读取审查结果 {}：{}</translation>
    </message>
    <message>
      <source>{} and {} come from two different reviews; give the result layers written with that review.</source>
      <translation>{} 与 {} 来自两次不同的审查；请给出该次审查写出的结果图层。</translation>
    </message>
    <message>
      <source>Give a review JSON, or the community, buildings and facilities to review.</source>
      <translation>请输入审查结果 JSON，或输入社区、建筑和设施图层进行审查。</translation>
    </message>
    <message>
      <source>Only a review written by this plugin (its JSON carries a run id) can keep its report in the store.</source>
      <translation>只有本插件写出的审查结果（其 JSON 带有运行编号）才能将报告存入审查库。</translation>
    </message>
    <message>
      <source>Report: {}</source>
      <translation>报告：{}</translation>
    </message>
    <message>
      <source>The report is kept with review {} in the store '{}'.</source>
      <translation>报告已随第 {} 轮审查存入审查库“{}”。</translation>
    </message>
    <message>
      <source>Review result: buildings</source>
      <translation>审查结果：建筑</translation>
    </message>
    <message>
      <source>Review result: facilities</source>
      <translation>审查结果：设施</translation>
    </message>
    <message>
      <source>Review store: with SUBMISSION the layers of that stored submission are reviewed (layers given here take their role's place), read from the store named by STORE (a PostgreSQL service, default smart_community); with OUTPUT_STORE the review, its checks and its buildings are written into the store as the submission's next review, in one transaction. OUTPUT_JSON and OUTPUT_GPKG are then optional.</source>
      <translation>审查库：指定 SUBMISSION 时，审查该入库方案的图层（此处给出的图层替代同一角色的图层），从 STORE 指定的审查库读取（PostgreSQL 服务，默认 smart_community）；勾选 OUTPUT_STORE 时，审查结论、各项检查及建筑结果在一个事务中写入审查库，作为该方案的下一轮审查。此时 OUTPUT_JSON 与 OUTPUT_GPKG 可不填。</translation>
    </message>
    <message>
      <source>Checks a community scheme against T/CECS 智慧社区规划标准: facility counts per population (4.5.3, Table A.0.1), service radius coverage, sizes, the integrated service centre (4.5.5-1), property management rooms and smart requirements (智慧要求, 4.5.10). With a roads layer, distances are walked along the network (DISTANCE: euclidean, network or both; verdicts use walking distances when they are computed), with buildings and facilities inside gated compounds reaching out only through the paths in their walls' gates. Distances are in metres in a CGCS2000 Gauss-Kruger or UTM CRS chosen from the data. Population per building: its population field, else households x persons per household, else floor area / floor area per person. Writes a JSON review (docs/review-schema.md) and a GeoPackage of result layers; inputs are never modified.</source>
      <translation>依据 T/CECS 智慧社区规划标准审查社区规划方案：按人口规模的设施数量（4.5.3、附表 A.0.1）、服务半径覆盖、设施规模、社区综合服务中心（4.5.5-1）、物业管理用房及智慧要求（4.5.10）。提供道路图层时按路网计算步行距离（DISTANCE：euclidean 直线、network 路网或 both 两者；计算了步行距离时以步行距离判定），门禁小区内的建筑和设施只能经由围墙大门处的道路出入。距离以米计，在根据数据位置选择的 CGCS2000 高斯-克吕格或 UTM 坐标系中计算。每栋建筑的人口：取人口字段，否则为户数 × 户均人口，否则为建筑面积 / 人均建筑面积。输出 JSON 审查结果（docs/review-schema.md）和结果图层 GeoPackage；不修改输入数据。</translation>
    </message>
    <message>
      <source>Review community scheme</source>
      <translation>审查社区规划方案</translation>
    </message>
    <message>
      <source>Language of the messages in the review (both are always kept)</source>
      <translation>审查结果中说明文字的语言（两种语言均会保留）</translation>
    </message>
    <message>
      <source>Review (JSON)</source>
      <translation>审查结果（JSON）</translation>
    </message>
    <message>
      <source>Result layers (GeoPackage)</source>
      <translation>结果图层（GeoPackage）</translation>
    </message>
    <message>
      <source>Rows per building and per window in the JSON too (they are always in the GeoPackage)</source>
      <translation>JSON 中也写入逐栋建筑和逐扇窗户的明细（GeoPackage 中始终包含）</translation>
    </message>
    <message>
      <source>Stored submission to review (its layers come from the store)</source>
      <translation>要审查的入库方案（图层取自审查库）</translation>
    </message>
    <message>
      <source>Write the review into the store, as the submission's next review</source>
      <translation>将审查结果写入审查库，作为该方案的下一轮审查</translation>
    </message>
    <message>
      <source>Review number in the store</source>
      <translation>审查库中的审查轮次</translation>
    </message>
    <message>
      <source>Overall verdict</source>
      <translation>总体结论</translation>
    </message>
    <message>
      <source>Failed checks</source>
      <translation>不通过项</translation>
    </message>
    <message>
      <source>Give OUTPUT_JSON, OUTPUT_GPKG or OUTPUT_STORE: the review must be written somewhere.</source>
      <translation>请给出 OUTPUT_JSON、OUTPUT_GPKG 或 OUTPUT_STORE：审查结果必须有写入之处。</translation>
    </message>
    <message>
      <source>OUTPUT_STORE needs SUBMISSION: a review is stored with the submission it reviews (store it first with Store submission).</source>
      <translation>OUTPUT_STORE 需要 SUBMISSION：审查结果随其所审方案入库（请先用“报审方案入库”将方案入库）。</translation>
    </message>
    <message>
      <source>Stored as review {} of submission {}.</source>
      <translation>已作为报审方案 {1} 的第 {0} 轮审查入库。</translation>
    </message>
    <message>
      <source>SUBMISSION must be a submission's number (1, 2, ...), not '{}'.</source>
      <translation>SUBMISSION 应为报审方案编号（1、2……），而不是“{}”。</translation>
    </message>
    <message>
      <source>For the city health examination (城市体检) and district reviews: the COMMUNITY layer holds one boundary per community (name, kind, optional population) and the other layers are city-wide. Each community is reviewed as smart_community:review would review it alone, on the city's features within a halo of its boundary (the largest service radius, life-circle walk, register distance or longest sunlight shadow; docs/city-batch.md). The work runs on Dask: an embedded cluster on this machine (WORKERS, default one per core) or an existing one (SCHEDULER, tcp://host:8786); workers need no QGIS. OUTPUT receives city.gpkg (layer communities: verdict, counts, coverage per type by walking and straight line, life circles, population), city_summary.pdf, and communities/&lt;fid&gt;.json and .gpkg, each the single review's. A community that fails is recorded with its reason; a rerun skips communities whose inputs and settings have not changed (RESUME). Needs dask[distributed].</source>
      <translation>用于城市体检和区县审查：COMMUNITY 图层每个社区一个边界（名称、类型、可选人口），其余图层为全市范围。每个社区按 smart_community:review 单独审查的方式审查，所用要素为其边界外缓冲范围内的全市要素（取最大的服务半径、生活圈步行距离、条款登记距离或最长日照阴影；见 docs/city-batch.md）。计算在 Dask 上运行：本机内嵌集群（WORKERS，默认每核一个）或已有集群（SCHEDULER，tcp://host:8786）；工作进程无需 QGIS。OUTPUT 文件夹写入 city.gpkg（communities 图层：结论、计数、各类设施的步行与直线覆盖率、生活圈、人口）、city_summary.pdf，以及 communities/&lt;fid&gt;.json 和 .gpkg（与单个审查相同）。某个社区失败时记录其原因，其余继续；再次运行时跳过输入和设置未变的社区（RESUME）。需要 dask[distributed]。</translation>
    </message>
    <message>
      <source>Review every community of a city (Dask batch)</source>
      <translation>城市社区批量审查（Dask）</translation>
    </message>
    <message>
      <source>Communities (one boundary per community: name, kind, optional population)</source>
      <translation>社区（每个社区一个边界：名称、类型、可选人口）</translation>
    </message>
    <message>
      <source>Language of the reviews and the summary</source>
      <translation>审查结果与汇总的语言</translation>
    </message>
    <message>
      <source>Output folder</source>
      <translation>输出文件夹</translation>
    </message>
    <message>
      <source>Worker processes on this machine (0: one per core)</source>
      <translation>本机工作进程数（0：每核一个）</translation>
    </message>
    <message>
      <source>Existing Dask scheduler (tcp://host:8786; empty: run on this machine)</source>
      <translation>已有的 Dask 调度器（tcp://host:8786；留空：在本机运行）</translation>
    </message>
    <message>
      <source>Keep communities whose inputs and settings have not changed since the last run</source>
      <translation>沿用输入和设置自上次运行以来未变的社区结果</translation>
    </message>
    <message>
      <source>Title of the city summary</source>
      <translation>城市汇总报告标题</translation>
    </message>
    <message>
      <source>City table (GeoPackage)</source>
      <translation>城市汇总表（GeoPackage）</translation>
    </message>
    <message>
      <source>City summary (PDF)</source>
      <translation>城市汇总报告（PDF）</translation>
    </message>
    <message>
      <source>Communities</source>
      <translation>社区数</translation>
    </message>
    <message>
      <source>Communities whose review failed</source>
      <translation>审查失败的社区数</translation>
    </message>
    <message>
      <source>City run in the store</source>
      <translation>审查库中的城市体检批次</translation>
    </message>
    <message>
      <source>Walking service areas of facilities along the roads layer: the reachable parts of the paths (edges cut at the exact remaining distance), buffered into polygons, per facility and merged per type. Distances default to each type's own service radius or walking time in Table A.0.1; give DISTANCES in metres, or MINUTES with a walking speed. Facilities inside gated compounds leave through the paths in their walls' gates.</source>
      <translation>沿道路图层计算设施的步行服务范围：可到达的路段（在剩余距离处精确截断）缓冲为多边形，按单个设施及按设施类型合并输出。距离默认采用附表 A.0.1 中各类设施的服务半径或步行时间；也可以米为单位给出 DISTANCES，或给出 MINUTES 及步行速度。门禁小区内的设施经由围墙大门处的道路出入。</translation>
    </message>
    <message>
      <source>Walking service areas</source>
      <translation>步行服务范围</translation>
    </message>
    <message>
      <source>Facility types (codes, comma separated; empty: all)</source>
      <translation>设施类型（代码，逗号分隔；留空为全部）</translation>
    </message>
    <message>
      <source>Distances (m, comma separated; empty: each type's own)</source>
      <translation>距离（米，逗号分隔；留空则用各类设施自身的距离）</translation>
    </message>
    <message>
      <source>Or minutes (comma separated)</source>
      <translation>或分钟（逗号分隔）</translation>
    </message>
    <message>
      <source>Walking speed (m/min)</source>
      <translation>步行速度（米/分钟）</translation>
    </message>
    <message>
      <source>Polygon width either side of the paths (m)</source>
      <translation>道路两侧多边形宽度（米）</translation>
    </message>
    <message>
      <source>Service areas per facility</source>
      <translation>单个设施的服务范围</translation>
    </message>
    <message>
      <source>Service areas per type</source>
      <translation>按类型合并的服务范围</translation>
    </message>
    <message>
      <source>Reachable paths with their cost</source>
      <translation>可到达路段及其步行距离</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <source>{} must be greater than 0 (and at most 100 km)</source>
      <translation>{} 必须大于 0（且不超过 100 千米）</translation>
    </message>
    <message>
      <source>{} must be numbers separated by commas</source>
      <translation>{} 必须为逗号分隔的数字</translation>
    </message>
    <message>
      <source>Unknown facility type codes: {}</source>
      <translation>未知的设施类型代码：{}</translation>
    </message>
    <message>
      <source>{}: no service radius in Table A.0.1; give DISTANCES or MINUTES</source>
      <translation>{}：附表 A.0.1 未规定服务半径；请给出 DISTANCES 或 MINUTES</translation>
    </message>
    <message>
      <source>Validates a submitted planning GeoPackage (layers named as in the template) and, when nothing blocks, stores its layers in the office's review store (PostgreSQL/PostGIS) as a new version of the community's scheme: one table per layer, in the scheme's metric CRS, original attributes kept, personal data masked. The stored tables can never be changed; the file is never modified. SUBMITTER is the planner's database role: that planner may read this submission and its reviews.</source>
      <translation>校验报审的规划 GeoPackage（图层按模板命名），无阻断性问题时将其图层存入本单位审查库（PostgreSQL/PostGIS），作为该社区方案的新版本：每个图层一张表，采用方案的米制坐标系，保留原有属性，个人信息脱敏。入库的表此后不可更改；原文件不会被修改。SUBMITTER 为规划编制人的数据库角色：该规划人员可查看本方案及其审查结果。</translation>
    </message>
    <message>
      <source>Store submission</source>
      <translation>报审方案入库</translation>
    </message>
    <message>
      <source>Review store (a PostgreSQL service in pg_service.conf)</source>
      <translation>审查库（pg_service.conf 中的 PostgreSQL 服务）</translation>
    </message>
    <message>
      <source>Submitting planner (database role; empty: yourself)</source>
      <translation>报审规划人员（数据库角色；留空为本人）</translation>
    </message>
    <message>
      <source>Submission id</source>
      <translation>报审方案编号</translation>
    </message>
    <message>
      <source>Stored tables</source>
      <translation>入库的表</translation>
    </message>
    <message>
      <source>Stored as submission {} (version {}) with {} warnings.</source>
      <translation>已入库为报审方案 {}（第 {} 版），警告 {} 项。</translation>
    </message>
    <message>
      <source>This file is byte for byte version {} of the same community, stored again.</source>
      <translation>该文件与同一社区的第 {} 版完全相同，已再次入库。</translation>
    </message>
    <message>
      <source>Layers no role takes, not stored: {}</source>
      <translation>无对应角色、未入库的图层：{}</translation>
    </message>
    <message>
      <source>For a facility type (or several, comma separated), picks sites among CANDIDATES (parcels, vacant land, ground floors; or a grid over the community minus buildings and roads) so that residents are within the type's service radius or walking distance (Table A.0.1), by the same distances as the review. MODE cover_all: the fewest sites that reach everybody who can be reached; best_k: the K sites that reach the most residents. Existing facilities stay where they are. EXACT adds the optimum by integer programming (PuLP/CBC) and reports the greedy answer's shortfall. CAPACITY lets one facility serve at most the upper number of its population band. COLOCATE places the types of the integrated service centre (4.5.5-1) together. Candidates with less land than the type needs are excluded, with the reason.</source>
      <translation>为一类设施（或以逗号分隔的多类）在备选点（地块、空地、建筑首层；或社区范围内扣除建筑和道路的网格）中选址，使居民处于该类设施的服务半径或步行距离内（附表 A.0.1），距离算法与审查一致。MODE cover_all：以最少选址覆盖所有可覆盖的居民；best_k：选出覆盖居民最多的 K 处。现状设施保持不变。EXACT 另用整数规划（PuLP/CBC）求最优解并报告贪心解的差距。CAPACITY 使每处设施最多服务其人口规模上限。COLOCATE 将社区综合服务中心（4.5.5-1）的各类设施合并选址。用地面积不足的备选点被排除并说明原因。</translation>
    </message>
    <message>
      <source>Suggest sites for new facilities</source>
      <translation>新增设施选址建议</translation>
    </message>
    <message>
      <source>Facility type code(s)</source>
      <translation>设施类型代码</translation>
    </message>
    <message>
      <source>Mode (cover_all: fewest sites reaching everybody; best_k: the best k sites)</source>
      <translation>方式（cover_all：覆盖全部居民所需最少选址；best_k：最优的 k 处）</translation>
    </message>
    <message>
      <source>Number of sites (best_k)</source>
      <translation>选址数量（best_k）</translation>
    </message>
    <message>
      <source>Capacity from the population band</source>
      <translation>按人口规模上限限制服务能力</translation>
    </message>
    <message>
      <source>Co-locate the service-centre types (4.5.5-1)</source>
      <translation>综合服务中心设施合并选址（4.5.5-1）</translation>
    </message>
    <message>
      <source>Grid spacing without candidates (m)</source>
      <translation>无备选点时的网格间距（m）</translation>
    </message>
    <message>
      <source>Suggestions (JSON)</source>
      <translation>选址建议（JSON）</translation>
    </message>
    <message>
      <source>No candidate sites.</source>
      <translation>没有备选点。</translation>
    </message>
    <message>
      <source>GRID_SPACING must be between 1 and 10,000 m</source>
      <translation>GRID_SPACING 必须在 1 至 10,000 米之间</translation>
    </message>
    <message>
      <source>{} candidates ({})</source>
      <translation>{} 个备选点（{}）</translation>
    </message>
    <message>
      <source>grid</source>
      <translation>网格</translation>
    </message>
    <message>
      <source>Unknown facility type code(s): {}. Codes: {}</source>
      <translation>未知的设施类型代码：{}。可用代码：{}</translation>
    </message>
    <message>
      <source>{}: {} sites; covered {} → {} of {} residents ({}, {} s){}</source>
      <translation>{}：{} 处选址；覆盖居民 {} → {}（共 {}）（{}，{} 秒）{}</translation>
    </message>
    <message>
      <source>Candidate #{} excluded: {}</source>
      <translation>备选点 #{} 被排除：{}</translation>
    </message>
    <message>
      <source>; greedy shortfall {:.1%}</source>
      <translation>；贪心解差距 {:.1%}</translation>
    </message>
    <message>
      <source>Winter-solstice sunlight of kindergarten and nursery living rooms (at least 3 h of full-window sun at the ground floor) and activity grounds (at least half outside the standard shadow line), Table A.0.1. Exact shading by every building as a prism (height_m, else floors x storey height), concave footprints and holes included. Windows come from WINDOWS (facing_deg, sill_m) or are generated on the ground-floor walls facing south of the buildings that hold a kindergarten or nursery; a window is lit when both sill corners are lit. Times are true solar time (真太阳时) by default, 09:00-15:00 on 冬至; runs shorter than MIN_RUN_MIN do not count.</source>
      <translation>依据附表 A.0.1 计算幼儿园、托儿所生活用房冬至日日照（底层满窗日照不少于 3h）及活动场地日照（不少于 1/2 的活动面积在标准的建筑日照阴影线之外）。每栋建筑按棱柱体精确计算遮挡（取 height_m，否则为层数 × 层高），包括凹形平面和内院。窗户取自 WINDOWS 图层（facing_deg、sill_m），或在含幼儿园、托儿所的建筑底层朝南外墙上自动生成；窗台两端均有日照时计为满窗日照。时间默认为真太阳时，冬至日 09:00-15:00；短于 MIN_RUN_MIN 的连续日照不计入。</translation>
    </message>
    <message>
      <source>Kindergarten sunlight (winter solstice)</source>
      <translation>幼儿园日照（冬至日）</translation>
    </message>
    <message>
      <source>Times are HH:MM, e.g. 09:00</source>
      <translation>时间格式为 HH:MM，例如 09:00</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Or a date (YYYY-MM-DD)</source>
      <translation>或指定日期（YYYY-MM-DD）</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Start (HH:MM)</source>
      <translation>起始时间（HH:MM）</translation>
    </message>
    <message>
      <source>End (HH:MM)</source>
      <translation>结束时间（HH:MM）</translation>
    </message>
    <message>
      <source>Times are</source>
      <translation>时间基准</translation>
    </message>
    <message>
      <source>Step (minutes)</source>
      <translation>计算步长（分钟）</translation>
    </message>
    <message>
      <source>Shortest run that counts (minutes)</source>
      <translation>计入的最短连续日照（分钟）</translation>
    </message>
    <message>
      <source>Required hours</source>
      <translation>要求日照时数</translation>
    </message>
    <message>
      <source>Storey height when only floors are given (m)</source>
      <translation>仅有层数时的层高（米）</translation>
    </message>
    <message>
      <source>Ground elevation field (m; optional)</source>
      <translation>地面标高字段（米；可选）</translation>
    </message>
    <message>
      <source>Activity-ground grid (m)</source>
      <translation>活动场地网格（米）</translation>
    </message>
    <message>
      <source>Sunlight (JSON)</source>
      <translation>日照结果（JSON）</translation>
    </message>
    <message>
      <source>Windows with sunlit minutes</source>
      <translation>窗户及日照分钟数</translation>
    </message>
    <message>
      <source>Activity ground by sunlit hours</source>
      <translation>活动场地日照时数分区</translation>
    </message>
    <message>
      <source>Required-hours contour of the activity ground</source>
      <translation>活动场地要求日照时数等值线</translation>
    </message>
    <message>
      <source>Shadows at each hour (Beijing time)</source>
      <translation>各整点阴影（北京时间）</translation>
    </message>
    <message>
      <source>The end must come after the start.</source>
      <translation>结束时间必须晚于起始时间。</translation>
    </message>
    <message>
      <source>Building #{}: worst window {} min of full-window sun ({})</source>
      <translation>建筑 #{}：最不利窗户满窗日照 {} 分钟（{}）</translation>
    </message>
    <message>
      <source>Not a day or date: {}</source>
      <translation>无效的日期：{}</translation>
    </message>
    <message>
      <source>{} must be a number</source>
      <translation>{} 必须是数字</translation>
    </message>
    <message>
      <source>Checks submitted layers before a review: missing layers and fields, geometry types, unknown or degree-based CRS, unreadable, empty, invalid and duplicate geometries, overlapping buildings, facilities far outside the community, values outside their domains (unknown facility types, floors outside 1-100, negative population, zero areas), person-level data (6.4.3) and missing data-source and entry-time records (6.4.2), on every layer the review reads (gates, entrances and activity grounds too), then reads them as the review does. Give a planning GeoPackage (layers named as in the template) or the layers one by one. The algorithm fails only on blocking findings, after writing them; the input is never modified.</source>
      <translation>审查前检查报送的图层：缺少的图层和字段，几何类型，未知或以度为单位的坐标参考系，无法读取、空的、无效的和重复的几何，重叠的建筑，远在社区之外的设施，超出取值范围的值（未知设施类型、层数不在 1–100、人口为负、面积为零），个人信息（6.4.3），以及缺少数据来源和入库时间记录（6.4.2）；检查审查要读取的每个图层（包括小区出入口、建筑入口和活动场地），然后按审查的方式读取一遍。请给出规划 GeoPackage（图层名与模板一致），或逐个给出图层。仅在存在阻断性问题时失败，且先写出检查结果；输入永远不会被修改。</translation>
    </message>
    <message>
      <source>Validate submission</source>
      <translation>校验提交数据</translation>
    </message>
    <message>
      <source>Planning GeoPackage (or the layers below)</source>
      <translation>规划 GeoPackage（或下列图层）</translation>
    </message>
    <message>
      <source>Findings (JSON)</source>
      <translation>问题（JSON）</translation>
    </message>
    <message>
      <source>Summary (text)</source>
      <translation>摘要（文本）</translation>
    </message>
    <message>
      <source>Blocking findings</source>
      <translation>阻断性问题</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Give a planning GeoPackage or at least one layer.</source>
      <translation>请输入规划 GeoPackage 或至少一个图层。</translation>
    </message>
    <message>
      <source>{} blocking findings: fix them before reviewing. {}</source>
      <translation>{} 个阻断性问题：请在审查前修正。{}</translation>
    </message>
    <message>
      <source>Builds a walking network from the roads layer (ends joined within the snap tolerance, crossings split except where a bridge or tunnel passes over, non-walkable ways left out), attaches every home and facility at the nearest point of the nearest path (inside gated compounds: paths inside the walls), and finds each home's walking distance to the nearest facility of every type with one search per type. Writes the buildings with dist_, straight_ and detour_ fields per type, and the coverage JSON (coverage[type].network and .euclidean). Disconnected pieces are reported.</source>
      <translation>由道路图层构建步行路网（端点在容差内合并，同层道路交叉处打断、桥梁与隧道处不打断，剔除不可步行道路），将每栋住宅和每个设施接入最近道路上的最近点（门禁小区内只接入围墙内的道路），并对每类设施一次搜索求出各住宅到最近设施的步行距离。输出含各类设施 dist_、straight_ 和 detour_ 字段的建筑图层，以及覆盖率 JSON（coverage[type].network 与 .euclidean）。路网中互不连通的部分会被报告。</translation>
    </message>
    <message>
      <source>Buildings with walking distances</source>
      <translation>带步行距离的建筑</translation>
    </message>
    <message>
      <source>Coverage (JSON)</source>
      <translation>覆盖率（JSON）</translation>
    </message>
    <message>
      <source>Walking coverage</source>
      <translation>步行覆盖</translation>
    </message>
    <message>
      <source>The store '{}' refused this: {}</source>
      <translation>审查库“{}”拒绝了此操作：{}</translation>
    </message>
    <message>
      <source>Cannot connect to the store '{}' (service file {}): {}. Run 'make db' for a local one, or ask the office's administrator for the service.</source>
      <translation>无法连接审查库“{}”（服务文件 {}）：{}。本机可运行 make db 建立，或向本单位管理员索取服务配置。</translation>
    </message>
    <message>
      <source>The {} record of {}</source>
      <translation>{1} 的{0}记录</translation>
    </message>
    <message>
      <source>The device {} of {}</source>
      <translation>{1} 的设备 {0}</translation>
    </message>
    <message>
      <source>{} was changed by {} at {} (now version {}, you edited version {}); nothing was saved. Reload it and make your change again.</source>
      <translation>{}已由 {} 于 {} 修改（现为第 {} 版，您编辑的是第 {} 版）；未保存任何内容。请重新载入后再修改。</translation>
    </message>
    <message>
      <source>{} was removed after you opened it; nothing was saved.</source>
      <translation>{}在您打开后已被删除；未保存任何内容。</translation>
    </message>
    <message>
      <source>Submission {} is not in the store, or you may not review it.</source>
      <translation>报审方案 {} 不在审查库中，或您无权审查。</translation>
    </message>
    <message>
      <source>No review in the store carries the run id {}: store the review first (OUTPUT_STORE), then its report.</source>
      <translation>审查库中没有运行编号为 {} 的审查：请先将审查结果入库（OUTPUT_STORE），再入库其报告。</translation>
    </message>
    <message>
      <source>Review {} already has its report in the store; a stored report is never replaced.</source>
      <translation>第 {} 轮审查的报告已在审查库中；入库的报告不会被替换。</translation>
    </message>
    <message>
      <source>{}: the layer's CRS ({}) has no EPSG code; reproject it to a CGCS2000 or UTM CRS first.</source>
      <translation>{}：图层坐标系（{}）没有 EPSG 代码；请先投影到 CGCS2000 或 UTM 坐标系。</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>{} is not the result GeoPackage of a review (no layer {}).</source>
      <translation>{} 不是审查的结果 GeoPackage（缺少图层 {}）。</translation>
    </message>
    <message>
      <source>Cannot read the result layers {}: {}</source>
      <translation>无法读取结果图层 {}：{}</translation>
    </message>
    <message>
      <source>The output {} is a file; give a folder for the web page.</source>
      <translation>输出 {} 是一个文件；请为网页指定一个文件夹。</translation>
    </message>
    <message>
      <source>The folder {} already holds other files; give an empty or new folder (an earlier page of this plugin is replaced).</source>
      <translation>文件夹 {} 中已有其他文件；请指定空文件夹或新文件夹（本插件以前生成的网页会被替换）。</translation>
    </message>
    <message>
      <source>The web page's map library is missing ({}). Run 'make vendor' (or 'make setup'), or install the plugin from its ZIP, which carries it.</source>
      <translation>缺少网页的地图库（{}）。请运行“make vendor”（或“make setup”），或通过 ZIP 安装本插件（其中已包含）。</translation>
    </message>
    <message>
      <source>The output folder {} holds an input of this run ({}); replacing it would destroy the submission. Choose another folder.</source>
      <translation>输出文件夹 {} 中含有本次运行的输入（{}）；替换它会破坏报审资料。请另选文件夹。</translation>
    </message>
    <message>
      <source>Cannot write the web page into {}: {}</source>
      <translation>无法将网页写入 {}：{}</translation>
    </message>
  </context>
</TS>
