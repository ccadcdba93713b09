<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SmartCommunity</name>
    <message>
      <source>Run review…</source>
      <translation>运行审查…</translation>
    </message>
    <message>
      <source>New planning template…</source>
      <translation>新建规划模板…</translation>
    </message>
    <message>
      <source>Create planning template</source>
      <translation>创建规划模板</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <source>Creates a GeoPackage with the layers a planner fills: community, compounds, buildings, facilities and roads, with the fields the review reads. Choose a projected CRS in metres, e.g. the CGCS2000 3-degree Gauss-Kruger zone of the site.</source>
      <translation>创建供规划人员填写的 GeoPackage：社区、小区、建筑、设施和道路图层，包含审查所读取的字段。请选择以米为单位的投影坐标系，例如场地所在的 CGCS2000 3 度带高斯-克吕格投影。</translation>
    </message>
    <message>
      <source>CRS</source>
      <translation>坐标参照系</translation>
    </message>
    <message>
      <source>Replace an existing file</source>
      <translation>覆盖已有文件</translation>
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
      <source>Smart Community Planner</source>
      <translation>智慧社区规划工作台</translation>
    </message>
    <message>
      <source>Smart Community Planner (T/CECS 智慧社区规划标准)</source>
      <translation>智慧社区规划工作台（T/CECS 智慧社区规划标准）</translation>
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
      <source>Review community scheme</source>
      <translation>审查社区规划方案</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>审查</translation>
    </message>
    <message>
      <source>Checks a community scheme against T/CECS 智慧社区规划标准: facility counts per population (4.5.3, Table A.0.1), service radius coverage, sizes, the integrated service centre (4.5.5-1), property management rooms and smart requirements (智慧要求, 4.5.10). With a roads layer, distances are walked along the network (DISTANCE: euclidean, network or both; verdicts use walking distances when they are computed), with buildings and facilities inside gated compounds reaching out only through the paths in their walls' gates. Distances are in metres in a CGCS2000 Gauss-Kruger or UTM CRS chosen from the data. Population per building: its population field, else households x persons per household, else floor area / floor area per person. Writes a JSON review (docs/review-schema.md) and a GeoPackage of result layers; inputs are never modified.</source>
      <translation>依据 T/CECS 智慧社区规划标准审查社区规划方案：按人口规模的设施数量（4.5.3、附表 A.0.1）、服务半径覆盖、设施规模、社区综合服务中心（4.5.5-1）、物业管理用房及智慧要求（4.5.10）。提供道路图层时按路网计算步行距离（DISTANCE：euclidean 直线、network 路网或 both 两者；计算了步行距离时以步行距离判定），门禁小区内的建筑和设施只能经由围墙大门处的道路出入。距离以米计，在根据数据位置选择的 CGCS2000 高斯-克吕格或 UTM 坐标系中计算。每栋建筑的人口：取人口字段，否则为户数 × 户均人口，否则为建筑面积 / 人均建筑面积。输出 JSON 审查结果（docs/review-schema.md）和结果图层 GeoPackage；不修改输入数据。</translation>
    </message>
    <message>
      <source>Community kind</source>
      <translation>社区类型</translation>
    </message>
    <message>
      <source>Community boundary</source>
      <translation>社区边界</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>建筑</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>设施</translation>
    </message>
    <message>
      <source>Gated compounds</source>
      <translation>门禁小区</translation>
    </message>
    <message>
      <source>Roads and paths (for walking distances)</source>
      <translation>道路与步行路径（用于步行距离）</translation>
    </message>
    <message>
      <source>Distances</source>
      <translation>距离计算方式</translation>
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
      <source>Count planned facilities</source>
      <translation>计入规划设施</translation>
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
      <source>Overall verdict</source>
      <translation>总体结论</translation>
    </message>
    <message>
      <source>Failed checks</source>
      <translation>不通过项</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>警告项</translation>
    </message>
    <message>
      <source>Overall: {} — {} fail, {} warning, {} pass</source>
      <translation>总体结论：{} — {} 项不通过，{} 项警告，{} 项通过</translation>
    </message>
    <message>
      <source>Facility field: {}</source>
      <translation>设施字段：{}</translation>
    </message>
    <message>
      <source>Checking: {}</source>
      <translation>正在检查：{}</translation>
    </message>
  </context>
</TS>
