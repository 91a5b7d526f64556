<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis readOnly="1" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" maxScale="0" minScale="1e+08" hasScaleBasedVisibilityFlag="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fixedDuration="0" durationUnit="min" startExpression="" limitMode="0" endExpression="" durationField="" endField="" accumulate="0" enabled="0" mode="0" startField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <fieldConfiguration>
    <field configurationFlags="None" name="fid">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="figure_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="area_name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="country_iso2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="country_name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="year">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="drug">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="quantity_t">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="double" value="1000000" name="Max"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.001" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="lower_bound">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="approximate">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="preferred">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="preference_reason">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="source_title">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="source_url">
      <editWidget type="ExternalResource">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="FileWidget"/>
            <Option type="bool" value="false" name="FileWidgetButton"/>
            <Option type="bool" value="true" name="FullUrl"/>
            <Option type="int" value="0" name="StorageMode"/>
            <Option type="bool" value="true" name="UseLink"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="source_publisher">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="source_date">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="quote">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="note">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="fid" name=""/>
    <alias index="1" field="figure_id" name="Figure id"/>
    <alias index="2" field="area_name" name="Country total"/>
    <alias index="3" field="country_iso2" name="ISO"/>
    <alias index="4" field="country_name" name="Country"/>
    <alias index="5" field="year" name="Year"/>
    <alias index="6" field="drug" name="Drug"/>
    <alias index="7" field="quantity_t" name="Tonnes"/>
    <alias index="8" field="lower_bound" name="At least"/>
    <alias index="9" field="approximate" name="Approximate"/>
    <alias index="10" field="preferred" name="Preferred"/>
    <alias index="11" field="preference_reason" name="Why preferred or not"/>
    <alias index="12" field="source_title" name="Source"/>
    <alias index="13" field="source_url" name="Source link"/>
    <alias index="14" field="source_publisher" name="Publisher"/>
    <alias index="15" field="source_date" name="Source date"/>
    <alias index="16" field="quote" name="Quote"/>
    <alias index="17" field="note" name="Note"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="fid"/>
    <default expression="" applyOnUpdate="0" field="figure_id"/>
    <default expression="" applyOnUpdate="0" field="area_name"/>
    <default expression="" applyOnUpdate="0" field="country_iso2"/>
    <default expression="" applyOnUpdate="0" field="country_name"/>
    <default expression="" applyOnUpdate="0" field="year"/>
    <default expression="" applyOnUpdate="0" field="drug"/>
    <default expression="" applyOnUpdate="0" field="quantity_t"/>
    <default expression="" applyOnUpdate="0" field="lower_bound"/>
    <default expression="" applyOnUpdate="0" field="approximate"/>
    <default expression="" applyOnUpdate="0" field="preferred"/>
    <default expression="" applyOnUpdate="0" field="preference_reason"/>
    <default expression="" applyOnUpdate="0" field="source_title"/>
    <default expression="" applyOnUpdate="0" field="source_url"/>
    <default expression="" applyOnUpdate="0" field="source_publisher"/>
    <default expression="" applyOnUpdate="0" field="source_date"/>
    <default expression="" applyOnUpdate="0" field="quote"/>
    <default expression="" applyOnUpdate="0" field="note"/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" notnull_strength="1" constraints="3" unique_strength="1" field="fid"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="figure_id"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="area_name"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="country_iso2"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="country_name"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="year"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="drug"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="quantity_t"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="lower_bound"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="approximate"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="preferred"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="preference_reason"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="source_title"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="source_url"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="source_publisher"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="source_date"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="quote"/>
    <constraint exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0" field="note"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="fid"/>
    <constraint exp="" desc="" field="figure_id"/>
    <constraint exp="" desc="" field="area_name"/>
    <constraint exp="" desc="" field="country_iso2"/>
    <constraint exp="" desc="" field="country_name"/>
    <constraint exp="" desc="" field="year"/>
    <constraint exp="" desc="" field="drug"/>
    <constraint exp="" desc="" field="quantity_t"/>
    <constraint exp="" desc="" field="lower_bound"/>
    <constraint exp="" desc="" field="approximate"/>
    <constraint exp="" desc="" field="preferred"/>
    <constraint exp="" desc="" field="preference_reason"/>
    <constraint exp="" desc="" field="source_title"/>
    <constraint exp="" desc="" field="source_url"/>
    <constraint exp="" desc="" field="source_publisher"/>
    <constraint exp="" desc="" field="source_date"/>
    <constraint exp="" desc="" field="quote"/>
    <constraint exp="" desc="" field="note"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
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
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>"area_name" || ' ' || "year" || ': ' || format_number("quantity_t", 3) || ' t'</previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
