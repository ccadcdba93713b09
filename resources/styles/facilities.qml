<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis autoRefreshTime="0" symbologyReferenceScale="-1" styleCategories="AllStyleCategories" autoRefreshMode="Disabled" simplifyAlgorithm="0" readOnly="0" minScale="100000000" labelsEnabled="0" simplifyDrawingHints="1" simplifyLocal="1" simplifyMaxScale="1" version="3.40.6-Bratislava" simplifyDrawingTol="1" maxScale="0" hasScaleBasedVisibilityFlag="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal limitMode="0" fixedDuration="0" endField="" endExpression="" mode="0" startField="" durationField="" startExpression="" enabled="0" accumulate="0" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation extrusion="0" zoffset="0" extrusionEnabled="0" type="IndividualFeatures" zscale="1" showMarkerSymbolInSurfacePlots="0" clamping="Terrain" binding="Centroid" symbology="Line" respectLayerSymbol="1">
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="line" force_rhr="0" name="" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" pass="0" locked="0" enabled="1" id="{3a5216d4-6423-48ec-bb52-66270c30045d}">
          <Option type="Map">
            <Option type="QString" value="0" name="align_dash_pattern"/>
            <Option type="QString" value="square" name="capstyle"/>
            <Option type="QString" value="5;2" name="customdash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
            <Option type="QString" value="MM" name="customdash_unit"/>
            <Option type="QString" value="0" name="dash_pattern_offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
            <Option type="QString" value="0" name="draw_inside_polygon"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="196,60,57,255,rgb:0.7686274509803922,0.23529411764705882,0.22352941176470589,1" name="line_color"/>
            <Option type="QString" value="solid" name="line_style"/>
            <Option type="QString" value="0.6" name="line_width"/>
            <Option type="QString" value="MM" name="line_width_unit"/>
            <Option type="QString" value="0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0" name="ring_filter"/>
            <Option type="QString" value="0" name="trim_distance_end"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_end_unit"/>
            <Option type="QString" value="0" name="trim_distance_start"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_start_unit"/>
            <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
            <Option type="QString" value="0" name="use_custom_dash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="fill" force_rhr="0" name="" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{884cd9dd-ba34-45bb-9cca-4f001af7b299}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="196,60,57,255,rgb:0.7686274509803922,0.23529411764705882,0.22352941176470589,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="140,43,41,255,rgb:0.5490196078431373,0.16803234912642101,0.15967040512703135,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" locked="0" enabled="1" id="{0093a882-3133-4d31-8cbc-15ef9e71c41c}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="196,60,57,255,rgb:0.7686274509803922,0.23529411764705882,0.22352941176470589,1" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="diamond" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="140,43,41,255,rgb:0.5490196078431373,0.16803234912642101,0.15967040512703135,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="3" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 forceraster="0" enableorderby="0" attr="facility_type" referencescale="-1" type="categorizedSymbol" symbollevels="0">
    <categories>
      <category symbol="0" type="string" value="elderly_day_care" label="老年人日间照料中心（托老所）" uuid="{d7bfad65-d065-4985-8f9f-5afc5a54a2b7}" render="true"/>
      <category symbol="1" type="string" value="elderly_activity_room" label="老年人活动室" uuid="{388d3206-8adb-4b84-bb82-ae50161f868a}" render="true"/>
      <category symbol="2" type="string" value="kindergarten" label="幼儿园" uuid="{4e2ffe55-6d71-4288-bb3d-096e584325ca}" render="true"/>
      <category symbol="3" type="string" value="nursery" label="婴幼儿照料 (托儿所)" uuid="{34ab3b1f-53ac-4f5e-a899-d568cdd21fd1}" render="true"/>
      <category symbol="4" type="string" value="health_station" label="社区卫生服务站" uuid="{7d3687b7-e280-476a-b327-d188a3391a42}" render="true"/>
      <category symbol="5" type="string" value="culture_station" label="文化活动站" uuid="{45a587a2-c65c-4b3a-99ed-d7bd2e2c6780}" render="true"/>
      <category symbol="6" type="string" value="sports_ground" label="体育活动场地（含儿童、老年人活动场地）" uuid="{c957f6cf-0699-4568-b19f-71bd4199091e}" render="true"/>
      <category symbol="7" type="string" value="service_station" label="社区服务站" uuid="{6fef7b8f-66b2-4e42-a076-6125b12b1431}" render="true"/>
      <category symbol="8" type="string" value="bus_stop" label="公交车站" uuid="{074ff294-bab4-45fa-962c-2f6b8533a052}" render="true"/>
      <category symbol="9" type="string" value="accessibility_facility" label="无障碍设施" uuid="{363765e3-cac1-41ae-8958-caa89ee0d73e}" render="true"/>
      <category symbol="10" type="string" value="waste_collection" label="分类垃圾收集站" uuid="{ab7c2049-cdf5-4268-86b6-5bd9d7accb9d}" render="true"/>
      <category symbol="11" type="string" value="public_toilet" label="公共厕所" uuid="{0be8e32b-e75e-4150-8dbd-4efce74325ed}" render="true"/>
      <category symbol="12" type="string" value="access_control" label="门禁管理" uuid="{ee3ded65-ba4f-4857-929a-fee4f7950215}" render="true"/>
      <category symbol="13" type="string" value="fire_facility" label="消防设施" uuid="{ad3ab63d-f490-4d4b-ac69-f4f54583665d}" render="true"/>
      <category symbol="14" type="string" value="surveillance" label="信息采集、摄像和识别设施" uuid="{ff0da143-4f32-4c64-b080-b449ace1c3ae}" render="true"/>
      <category symbol="15" type="string" value="fresh_market" label="菜市场或生鲜超市" uuid="{b2803605-295d-46fe-84af-04286c7e88d0}" render="true"/>
      <category symbol="16" type="string" value="convenience_store" label="便利店（菜店、日杂等）" uuid="{95519a4d-e499-41f8-9ac5-c5266a8b0498}" render="true"/>
      <category symbol="17" type="string" value="community_canteen" label="社区餐厅（老年饭桌等）" uuid="{8aee0e60-24af-4117-bd58-2bcc8a0f18b6}" render="true"/>
      <category symbol="18" type="string" value="housekeeping" label="家政服务" uuid="{2fd41263-b011-4c21-9ef2-39e71c617dc2}" render="true"/>
      <category symbol="19" type="string" value="parcel_station" label="邮件和快件送达设施" uuid="{7690a444-a997-4d2f-bffe-cdb0a382a3b9}" render="true"/>
      <category symbol="20" type="string" value="property_management" label="物业管理与服务" uuid="{8fb778ff-5781-4b2e-848e-cca4fe80ab43}" render="true"/>
      <category symbol="21" type="string" value="repair_point" label="维修点" uuid="{b793a270-8f06-45e8-b3c9-2be64045b792}" render="true"/>
      <category symbol="22" type="NULL" value="NULL" label="其他类型（不属于表 A.0.1）" uuid="{614990cc-1857-460c-b2b6-7b1240ca0671}" render="true"/>
    </categories>
    <symbols>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{9f8f96ec-e373-4265-8b2b-03d1ef16dfe3}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="142,94,162,255,rgb:0.55686274509803924,0.36862745098039218,0.63529411764705879,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjOGU1ZWEyIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDExLjUgTDEyIDYgTDE4LjUgMTEuNSBNNy41IDEwIFYxOCBIMTYuNSBWMTAiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPjxwYXRoIGQ9Ik0xMiAxNi4yIEM5LjYgMTQuNiA5LjIgMTIuNiAxMC44IDEyLjEgQzExLjUgMTEuOSAxMiAxMi41IDEyIDEyLjkgQzEyIDEyLjUgMTIuNSAxMS45IDEzLjIgMTIuMSBDMTQuOCAxMi42IDE0LjQgMTQuNiAxMiAxNi4yIFoiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0ibm9uZSIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{97f5837c-775a-42de-a5b3-06b6589ea859}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="142,94,162,255,rgb:0.55686274509803924,0.36862745098039218,0.63529411764705879,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjOGU1ZWEyIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMC41IiBjeT0iNi44IiByPSIxLjciIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0ibm9uZSIvPjxwYXRoIGQ9Ik0xMC41IDkuNSBMMTAgMTQgTDguNSAxOC41IE0xMCAxNCBMMTIgMTguNSBNMTAuMyAxMC41IEwxMy41IDEyLjUgTDE0LjUgMTguNSIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="10" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{f9945cee-5a4e-42db-a1ed-95bb05515df0}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNi41IDggSDE3LjUgTTEwIDggVjYuMiBIMTQgVjggTTcuOCA4IEw4LjggMTguNSBIMTUuMiBMMTYuMiA4IE0xMC42IDEwLjUgVjE2IE0xMy40IDEwLjUgVjE2IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="11" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{a73f4416-c85d-462b-8bdb-97057c5c3033}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSI4LjUiIGN5PSI2LjMiIHI9IjEuNiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+PGNpcmNsZSBjeD0iMTUuNSIgY3k9IjYuMyIgcj0iMS42IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNNyA5IEgxMCBWMTQgSDkuMyBWMTguNiBINy43IFYxNCBINyBaIiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNMTUuNSA4LjggTDE4IDE1IEgxNi4zIFYxOC42IEgxNC43IFYxNSBIMTMgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+PHBhdGggZD0iTTEyIDUuNSBWMTguNSIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="12" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{9c7012fd-3988-49b1-aaf9-07c89d2733af}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="51,61,71,255,rgb:0.20000000000000001,0.23921568627450981,0.27843137254901962,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMzMzZDQ3IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSI4LjYiIGN5PSIxMiIgcj0iMy4xIiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz48cGF0aCBkPSJNMTEuNyAxMiBIMTguNSBNMTYuMiAxMiBWMTQuOCBNMTguMyAxMiBWMTQiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="13" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{03dc41e3-6852-4a21-934d-602b58bce746}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="51,61,71,255,rgb:0.20000000000000001,0.23921568627450981,0.27843137254901962,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMzMzZDQ3IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTIgNSBDMTMgOC40IDE3IDkuOSAxNyAxNCBBNSA1IDAgMCAxIDcgMTQgQzcgMTEuNiA4LjMgMTAuMyA5LjYgOS4yIEM5LjYgMTEgMTAuMyAxMiAxMS40IDEyLjQgQzEwLjkgOS44IDExLjQgNy4yIDEyIDUgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="14" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{28d71335-c231-4fa6-b278-ae912118ac4b}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="51,61,71,255,rgb:0.20000000000000001,0.23921568627450981,0.27843137254901962,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMzMzZDQ3IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS42IDkuNCBMMTUuNiA2LjYgTDE3IDExIEw3IDEzLjggWiBNMTcgOS42IEwxOC42IDkuMiBNMTEuNiAxMi41IEwxMi42IDE2IE03LjYgMTYgSDEzLjYgTTcuNiAxNC44IFYxNy42IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="15" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{3859c64b-9bc4-47a2-a6bb-8bc69dd6084d}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDExIEgxOC41IEwxNi44IDE4LjUgSDcuMiBaIE04LjYgMTEgTDExIDYuMiBNMTUuNCAxMSBMMTMgNi4yIE05LjggMTMuNSBWMTYuMiBNMTIgMTMuNSBWMTYuMiBNMTQuMiAxMy41IFYxNi4yIiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="16" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{44f056d6-ee94-4cd6-ace5-3d828962ab3a}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDkuNSBMNyA1LjggSDE3IEwxOC41IDkuNSBaIE02LjYgOS41IFYxOC41IEgxNy40IFY5LjUgTTEwIDE4LjUgVjEzLjUgSDE0IFYxOC41IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="17" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{6f930d2a-8e0c-414d-b076-9320589acd06}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDEyIEgxOC41IEMxOC41IDE1LjYgMTUuNiAxOC4yIDEyIDE4LjIgQzguNCAxOC4yIDUuNSAxNS42IDUuNSAxMiBaIiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNOS41IDEwLjIgTDE1LjggNS4yIE0xMS44IDEwLjIgTDE3LjYgNi42IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="18" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{5da222f2-bd44-4833-8590-29bcbbc6bfc3}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTYuOCA1LjIgTDExLjYgMTIuNCBNOS4yIDExLjQgTDE0IDE0LjggTDExLjYgMTguNiBDOS42IDE4LjIgNy4yIDE2LjQgNiAxNC42IFogTTguNiAxNi42IEwxMC4yIDE0LjQiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="19" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{f3a1a0db-e2a0-4ac8-82be-819f168b6abb}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTIgNS40IEwxOC4zIDguNiBWMTUuNiBMMTIgMTguOCBMNS43IDE1LjYgVjguNiBaIE01LjcgOC42IEwxMiAxMS44IEwxOC4zIDguNiBNMTIgMTEuOCBWMTguOCBNOC44IDcgTDE1LjEgMTAuMiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="2" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{7a6e64e2-0e09-49de-9989-f488ab28f0dc}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="229,142,38,255,rgb:0.89803921568627454,0.55686274509803924,0.14901960784313725,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjZTU4ZTI2IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjYuOCIgcj0iMS44IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNMTIgOS4zIEw4LjggMTYgSDE1LjIgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+PHBhdGggZD0iTTkuOCAxMC44IEw3IDguNiBNMTQuMiAxMC44IEwxNyA4LjYgTTEwLjYgMTYgVjE4LjYgTTEzLjQgMTYgVjE4LjYiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="20" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{f7231ce6-daa7-4d25-b68b-4cf76b658e8d}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNyAxOC41IFY1LjUgSDE3IFYxOC41IFogTTUuNSAxOC41IEgxOC41IE0xMSAxOC41IFYxNS41IEgxMyBWMTguNSIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+PHBhdGggZD0iTTkgNy44IEgxMC42IFY5LjIgSDkgWiBNMTMuNCA3LjggSDE1IFY5LjIgSDEzLjQgWiBNOSAxMS4yIEgxMC42IFYxMi42IEg5IFogTTEzLjQgMTEuMiBIMTUgVjEyLjYgSDEzLjQgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="21" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{33f939af-f0f7-45fb-8465-699610eff14e}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTcuNiA4LjIgQTMuNCAzLjQgMCAwIDEgMTMuMiAxMS42IEw3LjYgMTcuMiBRNi44IDE4IDYgMTcuMiBRNS4yIDE2LjQgNiAxNS42IEwxMS42IDEwIEEzLjQgMy40IDAgMCAxIDE1IDUuNiBMMTMuNCA3LjYgTDE0LjIgOSBMMTUuOCA5LjggWiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="22" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" locked="0" enabled="1" id="{5a02315f-cc92-43af-8420-0a1c5f6a54ac}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="154,154,154,255,rgb:0.60392156862745094,0.60392156862745094,0.60392156862745094,1" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="2.4" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="3" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{f43906a4-87c2-47bc-9f45-acb9c52dbe47}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="229,142,38,255,rgb:0.89803921568627454,0.55686274509803924,0.14901960784313725,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjZTU4ZTI2IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTAuMyA2LjIgSDEzLjcgTTExIDYuMiBMMTEuMiA0LjkgSDEyLjggTDEzIDYuMiBNOS41IDggSDE0LjUgVjE3LjQgUTE0LjUgMTguOCAxMy4xIDE4LjggSDEwLjkgUTkuNSAxOC44IDkuNSAxNy40IFogTTkuNSAxMS41IEgxMS41IE05LjUgMTQgSDExLjUiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="4" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{93f84683-5fb1-4785-ad5c-7352a234ce09}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="209,73,91,255,rgb:0.81960784313725488,0.28627450980392155,0.35686274509803922,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjZDE0OTViIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTAuMiA1LjUgSDEzLjggVjEwLjIgSDE4LjUgVjEzLjggSDEzLjggVjE4LjUgSDEwLjIgVjEzLjggSDUuNSBWMTAuMiBIMTAuMiBaIiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="5" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{73c8c0d8-3ac7-4d9a-b2eb-55f9b402d083}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="46,134,171,255,rgb:0.1803921568627451,0.52549019607843139,0.6705882352941176,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMmU4NmFiIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTIgOC4yIEMxMC4yIDYuOSA4IDYuNiA1LjUgNyBWMTcgQzggMTYuNiAxMC4yIDE2LjkgMTIgMTguMiBDMTMuOCAxNi45IDE2IDE2LjYgMTguNSAxNyBWNyBDMTYgNi42IDEzLjggNi45IDEyIDguMiBaIE0xMiA4LjIgVjE4LjIiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="6" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{2e9897a4-2b58-4606-b27b-112b32ece9b6}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="60,174,163,255,rgb:0.23529411764705882,0.68235294117647061,0.63921568627450975,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjM2NhZWEzIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjEyIiByPSI2LjMiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPjxwYXRoIGQ9Ik01LjkgMTAuNCBDOSAxMS40IDE1IDExLjQgMTguMSAxMC40IE04IDE2LjggQzkuNSAxMy42IDkuNiA5IDguNCA2LjggTTE2IDE2LjggQzE0LjUgMTMuNiAxNC40IDkgMTUuNiA2LjgiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="7" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{f86ff470-fadd-4aa5-ac8b-70a6ce8e3b42}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="31,111,80,255,rgb:0.12156862745098039,0.43529411764705883,0.31372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMWY2ZjUwIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjEyIiByPSI2LjUiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPjxjaXJjbGUgY3g9IjEyIiBjeT0iOC43IiByPSIxLjEiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0ibm9uZSIvPjxwYXRoIGQ9Ik0xMiAxMS4yIFYxNiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="8" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{c828ee44-eaaf-48d9-967d-130e8d40e1c7}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNy4yIDE3IFY3LjYgUTcuMiA1LjYgOS4yIDUuNiBIMTQuOCBRMTYuOCA1LjYgMTYuOCA3LjYgVjE3IFogTTcuMiAxMi4yIEgxNi44IE05IDE3IFYxOC42IE0xNSAxNyBWMTguNiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+PGNpcmNsZSBjeD0iOS40IiBjeT0iMTQuNiIgcj0iMC45IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48Y2lyY2xlIGN4PSIxNC42IiBjeT0iMTQuNiIgcj0iMC45IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="marker" force_rhr="0" name="9" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" pass="0" locked="0" enabled="1" id="{f5b9147e-f452-4f90-bcee-233844c58745}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMSIgY3k9IjUuOSIgcj0iMS42IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNMTEgOC40IFYxMi42IEgxNSBMMTYuNiAxNy42IE0xMSAxMC40IEgxNCIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+PHBhdGggZD0iTTkgMTAuNiBBNC40IDQuNCAwIDEgMCAxNC42IDE2LjIiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontItalic="0" textOrientation="horizontal" fontFamily="WenQuanYi Zen Hei" allowHtml="0" fontLetterSpacing="0" fieldName="name" fontStrikeout="0" fontSize="8" textOpacity="1" textColor="34,34,34,255,rgb:0.13333333333333333,0.13333333333333333,0.13333333333333333,1" tabStopDistanceUnit="Percentage" fontUnderline="0" fontSizeUnit="Point" blendMode="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" legendString="Aa" useSubstitutions="0" fontWeight="50" previewBkgrdColor="255,255,255,255,rgb:1,1,1,1" fontWordSpacing="0" forcedBold="0" fontKerning="1" tabStopDistance="6" multilineHeightUnit="Percentage" tabStopDistanceMapUnitScale="3x:0,0,0,0,0,0" capitalization="0" forcedItalic="0" namedStyle="" multilineHeight="1" isExpression="0">
        <families/>
        <text-buffer bufferNoFill="1" bufferDraw="0" bufferColor="255,255,255,255,rgb:1,1,1,1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferSize="1" bufferBlendMode="0" bufferOpacity="1" bufferJoinStyle="128" bufferSizeUnits="MM"/>
        <text-mask maskedSymbolLayers="" maskSize2="1.5" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskType="0" maskOpacity="1" maskJoinStyle="128" maskEnabled="0" maskSizeUnits="MM"/>
        <background shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeJoinStyle="64" shapeOffsetX="0" shapeDraw="0" shapeSizeY="0" shapeRotationType="0" shapeRadiiY="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeOffsetUnit="MM" shapeRadiiX="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1" shapeSizeUnit="MM" shapeSizeX="0" shapeSizeType="0" shapeOffsetY="0" shapeBlendMode="0" shapeType="0" shapeBorderWidthUnit="MM" shapeOpacity="1" shapeFillColor="255,255,255,255,rgb:1,1,1,1" shapeSVGFile="" shapeBorderWidth="0">
          <symbol is_animated="0" clip_to_extent="1" frame_rate="10" type="fill" force_rhr="0" name="fillSymbol" alpha="1">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="">
              <Option type="Map">
                <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
                <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="color"/>
                <Option type="QString" value="bevel" name="joinstyle"/>
                <Option type="QString" value="0,0" name="offset"/>
                <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
                <Option type="QString" value="MM" name="offset_unit"/>
                <Option type="QString" value="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1" name="outline_color"/>
                <Option type="QString" value="no" name="outline_style"/>
                <Option type="QString" value="0" name="outline_width"/>
                <Option type="QString" value="MM" name="outline_width_unit"/>
                <Option type="QString" value="solid" name="style"/>
              </Option>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" value="" name="name"/>
                  <Option name="properties"/>
                  <Option type="QString" value="collection" name="type"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowDraw="0" shadowOffsetGlobal="1" shadowOpacity="0.69999999999999996" shadowRadiusAlphaOnly="0" shadowScale="100" shadowColor="0,0,0,255,rgb:0,0,0,1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadius="1.5" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetDist="1" shadowOffsetAngle="135" shadowRadiusUnit="MM" shadowUnder="0" shadowBlendMode="6" shadowOffsetUnit="MM"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format placeDirectionSymbol="0" autoWrapLength="0" decimals="3" multilineAlign="3" wrapChar="" plussign="0" formatNumbers="0" rightDirectionSymbol=">" leftDirectionSymbol="&lt;" reverseDirectionSymbol="0" addDirectionSymbol="0" useMaxLineLengthForAutoWrap="1"/>
      <placement overrunDistance="0" maximumDistanceUnit="MM" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" placement="0" distMapUnitScale="3x:0,0,0,0,0,0" geometryGenerator="" allowDegraded="0" overrunDistanceUnit="MM" priority="5" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" offsetType="0" polygonPlacementFlags="2" centroidWhole="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" yOffset="0" maxCurvedCharAngleOut="-25" lineAnchorClipping="0" layerType="UnknownGeometry" fitInPolygonOnly="0" lineAnchorTextPoint="FollowPlacement" dist="0" preserveRotation="1" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" lineAnchorType="0" maximumDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" repeatDistance="0" geometryGeneratorType="PointGeometry" quadOffset="4" xOffset="0" maxCurvedCharAngleIn="25" offsetUnits="MM" rotationAngle="0" placementFlags="10" distUnits="MM" overlapHandling="PreventOverlap" maximumDistance="0" geometryGeneratorEnabled="0" rotationUnit="AngleDegrees" prioritization="PreferCloser" centroidInside="0"/>
      <rendering fontMinPixelSize="0" scaleMax="0" upsidedownLabels="0" fontMaxPixelSize="10000" scaleMin="0" fontLimitPixelSize="0" zIndex="0" scaleVisibility="0" labelPerPart="0" maxNumLabels="2000" mergeLines="0" obstacleFactor="1" minFeatureSize="0" drawLabels="1" obstacle="1" limitNumLabels="0" obstacleType="1" unplacedVisibility="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" value="" name="name"/>
          <Option name="properties"/>
          <Option type="QString" value="collection" name="type"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" value="pole_of_inaccessibility" name="anchorPoint"/>
          <Option type="int" value="0" name="blendMode"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
          <Option type="bool" value="false" name="drawToAllParts"/>
          <Option type="QString" value="0" name="enabled"/>
          <Option type="QString" value="point_on_exterior" name="labelAnchorPoint"/>
          <Option type="QString" value="&lt;symbol is_animated=&quot;0&quot; clip_to_extent=&quot;1&quot; frame_rate=&quot;10&quot; type=&quot;line&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; alpha=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; pass=&quot;0&quot; locked=&quot;0&quot; enabled=&quot;1&quot; id=&quot;{12af5606-912b-48d3-8b89-93eeb99ceb0c}&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255,rgb:0.23529411764705882,0.23529411764705882,0.23529411764705882,1&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
          <Option type="double" value="0" name="minLength"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale"/>
          <Option type="QString" value="MM" name="minLengthUnit"/>
          <Option type="double" value="0" name="offsetFromAnchor"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromAnchorUnit"/>
          <Option type="double" value="0" name="offsetFromLabel"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromLabelUnit"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <fieldConfiguration>
    <field name="fid" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="facility_type" configurationFlags="NoFlag">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" name="（未填）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="elderly_day_care" name="老年人日间照料中心（托老所）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="elderly_activity_room" name="老年人活动室"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="kindergarten" name="幼儿园"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="nursery" name="婴幼儿照料 (托儿所)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="health_station" name="社区卫生服务站"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="culture_station" name="文化活动站"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="sports_ground" name="体育活动场地（含儿童、老年人活动场地）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="service_station" name="社区服务站"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="bus_stop" name="公交车站"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="accessibility_facility" name="无障碍设施"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="waste_collection" name="分类垃圾收集站"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="public_toilet" name="公共厕所"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="access_control" name="门禁管理"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="fire_facility" name="消防设施"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="surveillance" name="信息采集、摄像和识别设施"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="fresh_market" name="菜市场或生鲜超市"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="convenience_store" name="便利店（菜店、日杂等）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="community_canteen" name="社区餐厅（老年饭桌等）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="housekeeping" name="家政服务"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="parcel_station" name="邮件和快件送达设施"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="property_management" name="物业管理与服务"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="repair_point" name="维修点"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="name" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="status" configurationFlags="NoFlag">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" name="（未填）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="existing" name="现状"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="planned" name="规划"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="floor_area_m2" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="land_area_m2" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="floors" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="level" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="own_entrance" configurationFlags="NoFlag">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNullState"/>
            <Option type="QString" value="1" name="CheckedState"/>
            <Option type="int" value="0" name="TextDisplayMethod"/>
            <Option type="QString" value="0" name="UncheckedState"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="classes" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="places" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="centre" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="phase" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="year" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="smart_features" configurationFlags="NoFlag">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowMulti"/>
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="QString" value="&quot;facility_type&quot; = current_value('facility_type')" name="FilterExpression"/>
            <Option type="QString" value="code" name="Key"/>
            <Option type="QString" value="" name="Layer"/>
            <Option type="QString" value="smart_requirements" name="LayerName"/>
            <Option type="QString" value="ogr" name="LayerProviderName"/>
            <Option type="QString" value="" name="LayerSource"/>
            <Option type="int" value="1" name="NofColumns"/>
            <Option type="bool" value="false" name="OrderByValue"/>
            <Option type="bool" value="false" name="UseCompleter"/>
            <Option type="QString" value="label" name="Value"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="data_source" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="entry_time" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" name="" field="fid"/>
    <alias index="1" name="设施类型" field="facility_type"/>
    <alias index="2" name="设施名称" field="name"/>
    <alias index="3" name="状态" field="status"/>
    <alias index="4" name="建筑面积（m²）" field="floor_area_m2"/>
    <alias index="5" name="用地面积（m²）" field="land_area_m2"/>
    <alias index="6" name="层数" field="floors"/>
    <alias index="7" name="所在楼层" field="level"/>
    <alias index="8" name="独立出入口" field="own_entrance"/>
    <alias index="9" name="班数" field="classes"/>
    <alias index="10" name="学位数" field="places"/>
    <alias index="11" name="所属综合服务中心" field="centre"/>
    <alias index="12" name="建设分期" field="phase"/>
    <alias index="13" name="计划建成年份" field="year"/>
    <alias index="14" name="智慧要求" field="smart_features"/>
    <alias index="15" name="数据来源" field="data_source"/>
    <alias index="16" name="入库时间" field="entry_time"/>
  </aliases>
  <splitPolicies>
    <policy field="fid" policy="Duplicate"/>
    <policy field="facility_type" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="status" policy="Duplicate"/>
    <policy field="floor_area_m2" policy="Duplicate"/>
    <policy field="land_area_m2" policy="Duplicate"/>
    <policy field="floors" policy="Duplicate"/>
    <policy field="level" policy="Duplicate"/>
    <policy field="own_entrance" policy="Duplicate"/>
    <policy field="classes" policy="Duplicate"/>
    <policy field="places" policy="Duplicate"/>
    <policy field="centre" policy="Duplicate"/>
    <policy field="phase" policy="Duplicate"/>
    <policy field="year" policy="Duplicate"/>
    <policy field="smart_features" policy="Duplicate"/>
    <policy field="data_source" policy="Duplicate"/>
    <policy field="entry_time" policy="Duplicate"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy field="fid" policy="Duplicate"/>
    <policy field="facility_type" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="status" policy="Duplicate"/>
    <policy field="floor_area_m2" policy="Duplicate"/>
    <policy field="land_area_m2" policy="Duplicate"/>
    <policy field="floors" policy="Duplicate"/>
    <policy field="level" policy="Duplicate"/>
    <policy field="own_entrance" policy="Duplicate"/>
    <policy field="classes" policy="Duplicate"/>
    <policy field="places" policy="Duplicate"/>
    <policy field="centre" policy="Duplicate"/>
    <policy field="phase" policy="Duplicate"/>
    <policy field="year" policy="Duplicate"/>
    <policy field="smart_features" policy="Duplicate"/>
    <policy field="data_source" policy="Duplicate"/>
    <policy field="entry_time" policy="Duplicate"/>
  </duplicatePolicies>
  <defaults>
    <default applyOnUpdate="0" expression="" field="fid"/>
    <default applyOnUpdate="0" expression="" field="facility_type"/>
    <default applyOnUpdate="0" expression="" field="name"/>
    <default applyOnUpdate="0" expression="" field="status"/>
    <default applyOnUpdate="0" expression="" field="floor_area_m2"/>
    <default applyOnUpdate="0" expression="" field="land_area_m2"/>
    <default applyOnUpdate="0" expression="" field="floors"/>
    <default applyOnUpdate="0" expression="" field="level"/>
    <default applyOnUpdate="0" expression="" field="own_entrance"/>
    <default applyOnUpdate="0" expression="" field="classes"/>
    <default applyOnUpdate="0" expression="" field="places"/>
    <default applyOnUpdate="0" expression="" field="centre"/>
    <default applyOnUpdate="0" expression="" field="phase"/>
    <default applyOnUpdate="0" expression="" field="year"/>
    <default applyOnUpdate="0" expression="" field="smart_features"/>
    <default applyOnUpdate="0" expression="'由 ' || coalesce(nullif(@user_full_name, ''), @user_account_name) || ' 在 ' || coalesce(nullif(@project_title, ''), nullif(@project_basename, ''), 'QGIS') || ' 中绘制'" field="data_source"/>
    <default applyOnUpdate="0" expression="now()" field="entry_time"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" constraints="3" exp_strength="0" notnull_strength="1" field="fid"/>
    <constraint unique_strength="0" constraints="5" exp_strength="2" notnull_strength="1" field="facility_type"/>
    <constraint unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0" field="name"/>
    <constraint unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0" field="status"/>
    <constraint unique_strength="0" constraints="4" exp_strength="1" notnull_strength="0" field="floor_area_m2"/>
    <constraint unique_strength="0" constraints="4" exp_strength="1" notnull_strength="0" field="land_area_m2"/>
    <constraint unique_strength="0" constraints="4" exp_strength="1" notnull_strength="0" field="floors"/>
    <constraint unique_strength="0" constraints="4" exp_strength="1" notnull_strength="0" field="level"/>
    <constraint unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0" field="own_entrance"/>
    <constraint unique_strength="0" constraints="4" exp_strength="1" notnull_strength="0" field="classes"/>
    <constraint unique_strength="0" constraints="4" exp_strength="1" notnull_strength="0" field="places"/>
    <constraint unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0" field="centre"/>
    <constraint unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0" field="phase"/>
    <constraint unique_strength="0" constraints="4" exp_strength="1" notnull_strength="0" field="year"/>
    <constraint unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0" field="smart_features"/>
    <constraint unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0" field="data_source"/>
    <constraint unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0" field="entry_time"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="fid"/>
    <constraint desc="设施类型应为表 A.0.1 所列类型之一，请从列表中选择" exp="&quot;facility_type&quot; IS NULL OR &quot;facility_type&quot; IN ('elderly_day_care', 'elderly_activity_room', 'kindergarten', 'nursery', 'health_station', 'culture_station', 'sports_ground', 'service_station', 'bus_stop', 'accessibility_facility', 'waste_collection', 'public_toilet', 'access_control', 'fire_facility', 'surveillance', 'fresh_market', 'convenience_store', 'community_canteen', 'housekeeping', 'parcel_station', 'property_management', 'repair_point')" field="facility_type"/>
    <constraint desc="" exp="" field="name"/>
    <constraint desc="" exp="" field="status"/>
    <constraint desc="建筑面积（m²）应在 0.01–10,000,000 之间" exp="&quot;floor_area_m2&quot; IS NULL OR (&quot;floor_area_m2&quot; >= 0.01 AND &quot;floor_area_m2&quot; &lt;= 10000000)" field="floor_area_m2"/>
    <constraint desc="用地面积（m²）应在 0.01–10,000,000 之间" exp="&quot;land_area_m2&quot; IS NULL OR (&quot;land_area_m2&quot; >= 0.01 AND &quot;land_area_m2&quot; &lt;= 10000000)" field="land_area_m2"/>
    <constraint desc="层数应在 1–100 之间" exp="&quot;floors&quot; IS NULL OR (&quot;floors&quot; >= 1 AND &quot;floors&quot; &lt;= 100)" field="floors"/>
    <constraint desc="所在楼层应在 -5–100 之间" exp="&quot;level&quot; IS NULL OR (&quot;level&quot; >= -5 AND &quot;level&quot; &lt;= 100)" field="level"/>
    <constraint desc="" exp="" field="own_entrance"/>
    <constraint desc="班数应在 1–60 之间" exp="&quot;classes&quot; IS NULL OR (&quot;classes&quot; >= 1 AND &quot;classes&quot; &lt;= 60)" field="classes"/>
    <constraint desc="学位数应在 1–2,400 之间" exp="&quot;places&quot; IS NULL OR (&quot;places&quot; >= 1 AND &quot;places&quot; &lt;= 2400)" field="places"/>
    <constraint desc="" exp="" field="centre"/>
    <constraint desc="" exp="" field="phase"/>
    <constraint desc="计划建成年份应在 1,950–2,100 之间" exp="&quot;year&quot; IS NULL OR (&quot;year&quot; >= 1950 AND &quot;year&quot; &lt;= 2100)" field="year"/>
    <constraint desc="" exp="" field="smart_features"/>
    <constraint desc="" exp="" field="data_source"/>
    <constraint desc="" exp="" field="entry_time"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>tablayout</editorlayout>
  <attributeEditorForm>
    <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
      <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
    </labelStyle>
    <attributeEditorContainer collapsedExpressionEnabled="0" showLabel="1" type="Tab" name="基本信息" verticalStretch="0" collapsedExpression="" groupBox="0" columnCount="1" visibilityExpressionEnabled="0" visibilityExpression="" horizontalStretch="0" collapsed="0">
      <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
        <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
      </labelStyle>
      <attributeEditorField showLabel="1" index="1" name="facility_type" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField showLabel="1" index="2" name="name" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField showLabel="1" index="3" name="status" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField showLabel="1" index="11" name="centre" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer collapsedExpressionEnabled="0" showLabel="1" type="Tab" name="规模" verticalStretch="0" collapsedExpression="" groupBox="0" columnCount="1" visibilityExpressionEnabled="0" visibilityExpression="" horizontalStretch="0" collapsed="0">
      <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
        <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
      </labelStyle>
      <attributeEditorField showLabel="1" index="4" name="floor_area_m2" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField showLabel="1" index="5" name="land_area_m2" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField showLabel="1" index="6" name="floors" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField showLabel="1" index="7" name="level" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField showLabel="1" index="8" name="own_entrance" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField showLabel="1" index="9" name="classes" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField showLabel="1" index="10" name="places" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer collapsedExpressionEnabled="0" showLabel="1" type="Tab" name="智慧要求" verticalStretch="0" collapsedExpression="" groupBox="0" columnCount="1" visibilityExpressionEnabled="0" visibilityExpression="" horizontalStretch="0" collapsed="0">
      <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
        <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
      </labelStyle>
      <attributeEditorField showLabel="1" index="14" name="smart_features" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer collapsedExpressionEnabled="0" showLabel="1" type="Tab" name="分期" verticalStretch="0" collapsedExpression="" groupBox="0" columnCount="1" visibilityExpressionEnabled="0" visibilityExpression="" horizontalStretch="0" collapsed="0">
      <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
        <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
      </labelStyle>
      <attributeEditorField showLabel="1" index="12" name="phase" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField showLabel="1" index="13" name="year" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer collapsedExpressionEnabled="0" showLabel="1" type="Tab" name="数据来源" verticalStretch="0" collapsedExpression="" groupBox="0" columnCount="1" visibilityExpressionEnabled="0" visibilityExpression="" horizontalStretch="0" collapsed="0">
      <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
        <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
      </labelStyle>
      <attributeEditorField showLabel="1" index="15" name="data_source" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField showLabel="1" index="16" name="entry_time" verticalStretch="0" horizontalStretch="0">
        <labelStyle overrideLabelFont="0" overrideLabelColor="0" labelColor="">
          <labelFont italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" underline="0" style="" strikethrough="0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip enabled="1"></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
